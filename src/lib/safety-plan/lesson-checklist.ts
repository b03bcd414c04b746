/**
 * The items of the first `<Checklist>` in a lesson's MDX body, as plain text, so a tool can offer a
 * lesson's steps without a copy of them in code. Inline Markdown (bold, italics, code, links) is
 * reduced to its words. An empty list means the lesson has no checklist.
 */
export function checklistItems(mdxBody: string): string[] {
  const block = /<Checklist>([\s\S]*?)<\/Checklist>/.exec(mdxBody)?.[1];
  if (block === undefined) return [];
  return block
    .split("\n")
    .map((line) => /^\s*[-*]\s+(.*\S)\s*$/.exec(line)?.[1])
    .filter((item): item is string => item !== undefined)
    .map(plainInline);
}

function plainInline(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<(\w+)[^>]*>([\s\S]*?)<\/\1>/g, "$2")
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, "$2")
    .trim();
}
