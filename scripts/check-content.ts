// Content checks that need the source material in ../shared (present in CI, not on readers' machines):
// no lesson copies 8+ words in a row from the source article, and the outline's lessons keep their order
// in the course (new lessons may sit between them).
// Also prints each lesson's word count and reading grade. Run with `npm run check:content`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { copiedRuns } from "../tooling/content-checks/copied-runs.ts";
import { outlineOrderProblems, outlineSlugs } from "../tooling/content-checks/outline.ts";
import { readingGrade, wordsOf } from "../tooling/content-checks/readability.ts";
import { readLessonText } from "../tooling/content-checks/lesson-text.ts";

const root = join(import.meta.dirname, "..");
const shared = process.env["SHARED_DIR"] ?? join(root, "..", "shared");
const sourceDir = join(shared, "source");
const outlineFile = join(shared, "docs", "course-outline.md");
const lessonsDir = join(root, "src", "content", "lessons");

if (!existsSync(sourceDir) || !existsSync(outlineFile)) {
  console.error(`The source material is not at ${shared}; set SHARED_DIR to the folder holding source/ and docs/.`);
  process.exit(1);
}

const source = readdirSync(sourceDir)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => readFileSync(join(sourceDir, name), "utf8"))
  .join("\n");
const problems: string[] = [];
const rows: { order: number; slug: string; words: number; grade: number }[] = [];

for (const file of readdirSync(lessonsDir).filter((name) => name.endsWith(".mdx"))) {
  const slug = basename(file, ".mdx");
  const mdx = readFileSync(join(lessonsDir, file), "utf8");
  for (const run of copiedRuns(mdx, source)) problems.push(`${file}: copies "${run}" from the source`);
  const lesson = readLessonText(mdx);
  rows.push({ order: Number(lesson.frontmatter["order"]), slug, words: wordsOf(lesson.prose).length, grade: readingGrade(lesson.prose) });
}

rows.sort((a, b) => a.order - b.order);
const outline = outlineSlugs(readFileSync(outlineFile, "utf8"));
const course = rows.map((row) => row.slug);
for (const problem of outlineOrderProblems(outline, course)) problems.push(`lesson order: ${problem} (course-outline.md)`);

console.log("order  words  grade  lesson");
for (const row of rows) console.log(`${String(row.order).padStart(5)}  ${String(row.words).padStart(5)}  ${row.grade.toFixed(1).padStart(5)}  ${row.slug}`);
console.log(`total words: ${rows.reduce((sum, row) => sum + row.words, 0)}`);

if (problems.length > 0) {
  console.error(`\nContent check failed:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log("No copied runs of 8+ words; the outline's lessons keep their order in the course.");
