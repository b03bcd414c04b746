import LessonList, { type LessonListItem } from "../../components/LessonList/LessonList";
import { courseProgress } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import { nextStep, type NextStep } from "../../lib/continue-lesson";
import { completedInCourse, emptyProgress } from "../../lib/storage/progress-store";
import { confirmDialog } from "../shared/confirm-dialog";
import { useEnhanced } from "../shared/use-enhanced";
import { progressStore, useProgress } from "./use-progress";
import "../shared/confirm-dialog.css";
import "./course-progress.css";

interface Props {
  /** Every lesson in course order. */
  lessons: readonly LessonListItem[];
}

const actionTemplates: Record<NextStep["kind"], string> = {
  start: courseProgress.start,
  continue: courseProgress.continue,
  again: courseProgress.again,
};

/**
 * The home page's next step (one primary action, with progress beside it), then the lessons with ticks
 * and a reset. The server renders "Start with lesson 1", which is also what readers without JavaScript get.
 */
export default function CourseProgress({ lessons }: Props) {
  const enhanced = useEnhanced();
  const current = useProgress();
  const slugs = lessons.map((lesson) => lesson.slug);
  const progress = current.state === "loading" ? emptyProgress : current.value;
  const done = completedInCourse(progress, slugs);
  const step = nextStep(progress, slugs);
  const target = step && lessons.find((lesson) => lesson.slug === step.slug);
  const total = lessons.length;

  const reset = async () => {
    const confirmed = await confirmDialog({
      heading: courseProgress.resetHeading,
      body: courseProgress.resetBody,
      confirmLabel: courseProgress.resetConfirm,
      cancelLabel: courseProgress.resetCancel,
    });
    if (confirmed) progressStore.reset();
  };

  return (
    <div class="course-progress" data-enhanced={enhanced ? "" : undefined}>
      <div class="next-step">
        {step && target && (
          <p class="next-step__action">
            <a class="button next-step__button" href={target.href}>
              {fill(actionTemplates[step.kind], { number: slugs.indexOf(target.slug) + 1, title: target.title })}
            </a>
          </p>
        )}
        <div class="course-progress__summary">
          <p class="course-progress__count" id="course-progress-count">
            {fill(courseProgress.count, { done: done.length, total })}
          </p>
          <progress class="course-progress__bar" max={total} value={done.length} aria-labelledby="course-progress-count" />
        </div>
      </div>
      {current.state === "unsaved" && <p class="course-progress__note">{courseProgress.unsaved}</p>}
      <h2 id="lessons-heading">{courseProgress.lessonsHeading}</h2>
      <LessonList lessons={lessons} headingLevel={3} completed={new Set(done)} summaries="one-line" />
      {done.length > 0 && (
        <p>
          <button type="button" class="button button--secondary" onClick={() => void reset()}>
            {courseProgress.reset}
          </button>
        </p>
      )}
    </div>
  );
}
