import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import { glob } from "astro/loaders";
import { lessonSchema } from "./lib/lesson-schema";

/**
 * Where the lesson files are: src/content/lessons/, or SITE_LESSONS_DIR (relative to the project) for
 * another course built with the same site, such as the browser tests' fixture course (tests/fixtures/course/).
 */
const lessonsDir = process.env["SITE_LESSONS_DIR"] ?? "./src/content/lessons";

/** The course: one MDX file per lesson; the file name is the slug used in `/lessons/<slug>/`. */
const lessons = defineCollection({
  loader: glob({ pattern: "*.mdx", base: lessonsDir }),
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
