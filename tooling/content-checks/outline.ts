/** The lesson slugs of course-outline.md in order: its numbered lines read "1. `slug` — Title". */
export function outlineSlugs(outline: string): string[] {
  return [...outline.matchAll(/^\d+\.\s+`([a-z0-9-]+)`/gm)].map((match) => match[1] ?? "");
}

/**
 * What stops the course order from following the outline: each outline lesson must appear, in the
 * outline's order, as a subsequence of the course (lessons the outline doesn't number yet may sit
 * between them). Returns one line per problem; an empty list means the order follows the outline.
 */
export function outlineOrderProblems(outline: readonly string[], course: readonly string[]): string[] {
  const problems = outline.filter((slug) => !course.includes(slug)).map((slug) => `the outline's lesson "${slug}" is missing from the course`);
  const present = outline.filter((slug) => course.includes(slug));
  for (let index = 1; index < present.length; index++) {
    const before = present[index - 1] ?? "";
    const after = present[index] ?? "";
    if (course.indexOf(before) > course.indexOf(after)) {
      problems.push(`"${after}" comes before "${before}" in the course, but after it in the outline`);
    }
  }
  return problems;
}
