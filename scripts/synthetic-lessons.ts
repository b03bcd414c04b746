// Makes synthetic copies of lessons for the build-scaling bench: same text, new slug, a unique title
// and an order that continues the course, so the orders stay 1..N with no gaps (the build checks that).

/**
 * Copy number `copy` (1, 2, …) of one lesson's MDX source, for a course of `lessonCount` lessons.
 * @param source the lesson's MDX
 * @param lessonCount lessons in the real course
 */
export function syntheticLesson(source: string, copy: number, lessonCount: number): string {
  return source
    .replace(/^order:\s*(\d+)\s*$/m, (_, order: string) => `order: ${Number(order) + copy * lessonCount}`)
    .replace(/^title:\s*(.+?)\s*$/m, (_, title: string) => `title: ${JSON.stringify(`${unquote(title)} (copy ${copy})`)}`);
}

/** The slug (file name without .mdx) of a synthetic copy. */
export function syntheticSlug(slug: string, copy: number): string {
  return `${slug}-copy-${copy}`;
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted?.[2] ?? value;
}
