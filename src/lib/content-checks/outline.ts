/** The lesson slugs of course-outline.md in order: its numbered lines read "1. `slug` — Title". */
export function outlineSlugs(outline: string): string[] {
  return [...outline.matchAll(/^\d+\.\s+`([a-z0-9-]+)`/gm)].map((match) => match[1] ?? "");
}
