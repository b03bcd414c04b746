import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { lessonSchema } from "./lib/lesson-schema";

/** The course: one MDX file per lesson; the file name is the slug used in `/lessons/<slug>/`. */
const lessons = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/lessons" }),
  schema: lessonSchema,
});

export const collections = { lessons };
