import { getCollection, type CollectionEntry } from "astro:content";
import { orderCourse } from "../lib/course-order";

export type Lesson = CollectionEntry<"lessons">;

let course: Promise<Lesson[]> | undefined;

/** Every lesson in course order, validated once per build (a bad file fails the build by name). */
export function getCourse(): Promise<Lesson[]> {
  course ??= getCollection("lessons").then((entries) => orderCourse(entries));
  return course;
}
