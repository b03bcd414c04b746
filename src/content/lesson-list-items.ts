import type { LessonListItem } from "../components/LessonList/LessonList";
import { lessonPath } from "../lib/site-paths";
import type { Lesson } from "./course";

/** The plain data lists and islands need for each lesson (islands get props, not collection entries). */
export function lessonListItems(lessons: readonly Lesson[], base: string): LessonListItem[] {
  return lessons.map((lesson) => ({
    slug: lesson.id,
    title: lesson.data.title,
    summary: lesson.data.summary,
    href: lessonPath(base, lesson.id),
  }));
}
