import { z } from "astro/zod";

/** A prompt inviting the reader to write; answers stay on their device. */
const reflectionSchema = z.object({
  /** Stable id, unique within the lesson: saved answers are stored under it, so never rename it. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use kebab-case, for example what-you-feel"),
  /** The question shown above the reader's text box. */
  prompt: z.string().min(10),
  /**
   * True when the prompt invites words about the ex (an unsent letter): beside the box the lesson then
   * says that anyone using this browser could read them, and how to lock or erase them.
   */
  aboutYourEx: z.boolean().default(false),
});

/** A page the lesson's facts were checked against: a service's, court's, police force's or government's own page. */
const sourceSchema = z.object({
  /** The page's title as its publisher gives it, with the publisher in brackets: "Stalking and harassment (Sussex Police)". */
  title: z.string().min(3),
  /** The page's address; https only, because readers follow it from a page about their safety. */
  url: z.url({ protocol: /^https$/, error: "use the page's https:// address" }),
});

/** Frontmatter of one lesson in `src/content/lessons/<slug>.mdx`; the file name is the slug. */
export const lessonSchema = z.object({
  /** The lesson's title, shown as its one h1 and in lists. */
  title: z.string().min(3),
  /** Position in the course, 1 to N with no gaps or repeats; the course order is the public contract. */
  order: z.number().int().positive(),
  /** Two plain sentences saying what the lesson covers; shown on the home page and in search meta. */
  summary: z.string().min(20),
  /** Questions the lesson answers, in readers' own words ("He owes me money"); shown and indexed for search. */
  questions: z.array(z.string().min(3)).min(3).max(6),
  /** Short words and phrases readers type for this topic (synonyms the text may lack); indexed for search only. */
  searchTerms: z.array(z.string().min(2)).min(1).max(20),
  /** One or two reflection prompts the reader can answer privately. */
  reflections: z.array(reflectionSchema).min(1).max(2).refine(
    (prompts) => new Set(prompts.map((prompt) => prompt.id)).size === prompts.length,
    "reflection ids must be unique within a lesson",
  ),
  /** The "Key points" recap shown at the end; some lessons' points also make up the printable top-tips sheet. */
  keyPoints: z.array(z.string().min(3)).min(3).max(7),
  /**
   * Only on the few lessons whose key points go on the printable top-tips sheet (/top-tips/): the section's
   * `place` on the sheet (1 printed first, so most urgent first; no repeats or gaps) and its `heading`.
   */
  topTips: z
    .object({
      /** The section's place on the sheet, 1 to N across the course. */
      place: z.number().int().positive(),
      /** The section heading on the sheet ("When to call for help"). */
      heading: z.string().min(3),
    })
    .optional(),
  /**
   * The pages the lesson's facts were checked against, shown under "Sources" at its end. At least two
   * on every lesson: each one gives safety advice and points to services, so none is exempt.
   */
  sources: z.array(sourceSchema).min(2, "list at least two sources you read (services, courts, police, government)"),
  /** The day the lesson was last checked against its sources (YYYY-MM-DD), shown as "Last reviewed <month year>". */
  reviewed: z.coerce.date(),
});

export type LessonData = z.infer<typeof lessonSchema>;
export type Reflection = z.infer<typeof reflectionSchema>;
export type LessonSource = z.infer<typeof sourceSchema>;
