import LessonList, { type LessonListItem } from "../../components/LessonList/LessonList";
import { nextStep, type NextStep } from "../../lib/continue-lesson";
import { completedInCourse, emptyProgress } from "../../lib/storage/progress-store";
import { progressStore, useProgress } from "./use-progress";
import "./course-progress.css";

interface Props {
  /** Every lesson in course order. */
  lessons: readonly LessonListItem[];
}

/** What the primary action says: where it goes, in words. */
function actionText(step: NextStep, number: number, title: string): string {
  switch (step.kind) {
    case "start":
      return `Start with lesson ${number}: ${title}`;
    case "continue":
      return `Continue with lesson ${number}: ${title}`;
    case "again":
      return `Read the course again from lesson ${number}`;
  }
}

/**
 * The home page's next step (one primary action, with progress beside it), then the lessons with ticks
 * and a reset. The server renders "Start with lesson 1", which is also what readers without JavaScript get.
 */
export default function CourseProgress({ lessons }: Props) {
  const current = useProgress();
  const slugs = lessons.map((lesson) => lesson.slug);
  const progress = current.state === "loading" ? emptyProgress : current.value;
  const done = completedInCourse(progress, slugs);
  const step = nextStep(progress, slugs);
  const target = step && lessons.find((lesson) => lesson.slug === step.slug);
  const total = lessons.length;

  const reset = () => {
    if (window.confirm("Reset your progress? This clears which lessons you have completed. Your reflections are kept.")) {
      progressStore.reset();
    }
  };

  return (
    <div class="course-progress">
      <div class="next-step">
        {step && target && (
          <p class="next-step__action">
            <a class="button next-step__button" href={target.href}>
              {actionText(step, slugs.indexOf(target.slug) + 1, target.title)}
            </a>
          </p>
        )}
        <div class="course-progress__summary" data-ready={current.state !== "loading"}>
          <p class="course-progress__count" id="course-progress-count">
            {done.length} of {total} lessons complete
          </p>
          <progress class="course-progress__bar" max={total} value={done.length} aria-labelledby="course-progress-count" />
        </div>
      </div>
      {current.state === "unsaved" && (
        <p class="course-progress__note">Progress can't be saved or read on this device, but every lesson is here to read.</p>
      )}
      <h2 id="lessons-heading">The lessons</h2>
      <LessonList lessons={lessons} headingLevel={3} completed={new Set(done)} summaries="one-line" />
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
