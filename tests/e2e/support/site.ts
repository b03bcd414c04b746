import { join } from "node:path";
import { distDir, htmlFiles, lessonPages, urlPathOf } from "../../../tooling/built-site.ts";
import { fixtureOutDir } from "../../../tooling/fixture-course.ts";

/** The URL path of every HTML page in the built site, so a new page is covered without editing tests. */
export function builtPages(): string[] {
  const dir = distDir();
  return htmlFiles(dir).map((file) => urlPathOf(dir, file)).sort();
}

/** The built HTML file behind a page's URL path. */
export function builtPageFile(path: string): string {
  return join(distDir(), path.endsWith(".html") ? path : `${path}index.html`);
}

/** The lesson slugs, from the built lesson folders. */
export function builtLessonSlugs(): string[] {
  return lessonPages(distDir()).map((path) => path.split("/")[2] ?? "");
}

/** The URL path of every page in the fixture course's build, relative to its base ("", "lessons/first-steps/"). */
export function fixturePages(): string[] {
  return htmlFiles(fixtureOutDir).map((file) => urlPathOf(fixtureOutDir, file).slice(1)).sort();
}
