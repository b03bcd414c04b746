import { lessonList } from "@ui-strings";
import "./lesson-list.css";

/** What the list shows for one lesson. */
export interface LessonListItem {
  slug: string;
  title: string;
  summary: string;
  href: string;
}

interface Props {
  lessons: readonly LessonListItem[];
  /** Heading level of each lesson title, to fit the page's outline. */
  headingLevel?: 2 | 3;
  /** Slugs to show as completed; empty until the reader's progress has been read. */
  completed?: ReadonlySet<string>;
  /** "full" shows each summary whole; "one-line" keeps each to one line (the full text stays on the lesson). */
  summaries?: "full" | "one-line";
}

/**
 * The lessons in course order with their summaries. Rendered to static HTML on most pages,
 * and inside the home page's progress island, so there is one list markup.
 */
export default function LessonList({ lessons, headingLevel = 2, completed, summaries = "full" }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol class={summaries === "one-line" ? "lesson-list lesson-list--one-line" : "lesson-list"}>
      {lessons.map((lesson) => {
        const done = completed?.has(lesson.slug) ?? false;
        return (
          <li class={done ? "lesson-list__item lesson-list__item--done" : "lesson-list__item"} data-lesson={lesson.slug} key={lesson.slug}>
            <Heading class="lesson-list__title">
              <a href={lesson.href}>{lesson.title}</a>
              {done && <span class="lesson-list__done"> {lessonList.completed}</span>}
            </Heading>
            <p class="lesson-list__summary">{lesson.summary}</p>
          </li>
        );
      })}
    </ol>
  );
}
