import { parse as parseYaml } from "yaml";

/** A lesson file split into its frontmatter and the prose a reader sees. */
export interface LessonText {
  frontmatter: Record<string, unknown>;
  /** The body as plain prose: no MDX tags, Markdown syntax or link targets; one block per line. */
  prose: string;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Reads an MDX lesson into frontmatter and plain prose. */
export function readLessonText(mdx: string): LessonText {
  const match = frontmatterPattern.exec(mdx);
  const parsed: unknown = match ? parseYaml(match[1] ?? "") : {};
  const frontmatter = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const body = match ? mdx.slice(match[0].length) : mdx;
  return { frontmatter, prose: toProse(body) };
}

/** Strips MDX components, Markdown markup and link targets, keeping the words. */
export function toProse(body: string): string {
  return body
    .replace(/<\/?[A-Za-z][^>]*>/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:#{1,6}|[-*+]|\d+\.|>)\s*/, "").replace(/[*_`]/g, "").replace(/\s+/g, " ").trim())
    .filter((line) => line.length > 0)
    .join("\n");
}

/** The frontmatter fields a reader sees in the course's own voice (questions and search terms are readers' words). */
export function courseVoiceText(lesson: LessonText): string {
  const { summary, keyPoints, reflections } = lesson.frontmatter;
  const prompts = Array.isArray(reflections)
    ? reflections.map((reflection: unknown) => (typeof reflection === "object" && reflection !== null ? String((reflection as { prompt?: unknown }).prompt ?? "") : ""))
    : [];
  const points = Array.isArray(keyPoints) ? keyPoints.map(String) : [];
  return [typeof summary === "string" ? summary : "", ...points, ...prompts, lesson.prose].join("\n");
}
