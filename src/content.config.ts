import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import { glob } from "astro/loaders";
import { lessonSchema } from "./lib/lesson-schema";

/** The course: one MDX file per lesson; the file name is the slug used in `/lessons/<slug>/`. */
const lessons = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/lessons" }),
  schema: lessonSchema,
});

/**
 * Long explanatory passages of the site pages (help, safety), one folder per language
 * (`src/content/prose/<language>/<page>/<passage>.mdx`): content, like the lessons, so kept out of the
 * interface catalogue. The `Prose` component renders one inside a `data-content` container.
 */
const prose = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: "./src/content/prose" }),
  schema: z.object({}),
});

export const collections = { lessons, prose };
