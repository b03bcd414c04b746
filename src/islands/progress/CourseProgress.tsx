import LessonList, { type LessonListItem } from "../../components/LessonList/LessonList";
import { completedInCourse, firstUnfinished } from "../../lib/storage/progress-store";
import { progressStore, useProgress } from "./use-progress";
import "./course-progress.css";

interface Props {
  /** Every lesson in course order. */
  lessons: readonly LessonListItem[];
}

/** The home page's progress: "N of 20 lessons complete", a bar, a Continue link, ticks and a reset. */
export default function CourseProgress({ lessons }: Props) {
  const current = useProgress();
  const slugs = lessons.map((lesson) => lesson.slug);
  const progress = current.state === "loading" ? undefined : current.progress;
  const done = progress ? completedInCourse(progress, slugs) : [];
  const next = progress ? firstUnfinished(progress, slugs) : slugs[0];
  const nextLesson = lessons.find((lesson) => lesson.slug === next);
  const first = lessons[0];
  const total = lessons.length;

  const resume = (() => {
    if (!nextLesson) return first && { href: first.href, text: "Read the course again from lesson 1" };
    const number = lessons.indexOf(nextLesson) + 1;
    return done.length === 0
      ? { href: nextLesson.href, text: `Start with lesson ${number}: ${nextLesson.title}` }
      : { href: nextLesson.href, text: `Continue with lesson ${number}: ${nextLesson.title}` };
  })();

  const reset = () => {
    if (window.confirm("Reset your progress? This clears which lessons you have completed. Your reflections are kept.")) {
      progressStore.reset();
    }
  };

  return (
    <div class="course-progress">
      <div class="course-progress__summary" data-ready={current.state !== "loading"}>
        <p class="course-progress__count" id="course-progress-count">
          {done.length} of {total} lessons complete
        </p>
        <progress class="course-progress__bar" max={total} value={done.length} aria-labelledby="course-progress-count" />
        {current.state === "unsaved" && (
          <p class="course-progress__note">Progress can't be saved or read on this device, but every lesson is here to read.</p>
        )}
      </div>
      {resume && (
        <p>
          <a class="button" href={resume.href}>
            {resume.text}
          </a>
        </p>
      )}
      <h2 id="lessons-heading">The lessons</h2>
      <LessonList lessons={lessons} headingLevel={3} completed={new Set(done)} />
      {done.length > 0 && (
        <p>
          <button type="button" class="button button--secondary" onClick={reset}>
            Reset progress
          </button>
        </p>
      )}
    </div>
  );
}
