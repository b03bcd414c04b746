import Checklist from "./Checklist.astro";
import LessonLink from "./LessonLink.astro";
import PageLink from "./PageLink.astro";
import SafetyNote from "./SafetyNote.astro";

/** The components every lesson's MDX can use without importing them. */
export const lessonComponents = { Checklist, LessonLink, PageLink, SafetyNote };
