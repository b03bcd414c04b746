// Proves every interface string comes from the catalogue: builds the site with the en-XA pseudo-locale
// (every catalogue string wrapped in ⟦ ⟧) into its own folder, then lists, page by page, the text and
// user-facing attributes outside content (`data-content`) that are not wrapped. Exits 1 if there are any.
// Data that reads the same in every interface language may stand unwrapped: the site name, the helpline
// data (src/lib/helplines.ts) and the lessons' frontmatter. Run with `npm run check:strings`.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { htmlFiles, projectDir, requireBuild, urlPathOf } from "../tooling/built-site.ts";
import { readLessonText } from "../tooling/content-checks/lesson-text.ts";
import { unwrappedStrings } from "../tooling/unwrapped-strings.ts";
import { helpRegions } from "../src/lib/helplines.ts";
import { siteSettings } from "../src/lib/site-settings.ts";

/** Its own output and cache folders, so the pseudo-locale build never replaces dist/ or its cache. */
const workDir = join("node_modules", ".check-strings");
const outDir = join(workDir, "dist");

/** Every string value in a piece of data, with each web address's host name (pages show it as link text). */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") {
    return URL.canParse(value) && value.startsWith("https://") ? [value, new URL(value).hostname.replace(/^www\d?\./, "")] : [value];
  }
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

const lessonsDir = join(projectDir, "src", "content", "lessons");
const lessonData = readdirSync(lessonsDir)
  .filter((name) => name.endsWith(".mdx"))
  .flatMap((name) => stringsIn(readLessonText(readFileSync(join(lessonsDir, name), "utf8")).frontmatter));
const allowed = [siteSettings.name, ...stringsIn(helpRegions), ...lessonData];

console.log(`Building the site with SITE_LOCALE=en-XA into ${outDir}/ …`);
const build = spawnSync("npm", ["run", "build"], {
  cwd: projectDir,
  encoding: "utf8",
  env: { ...process.env, SITE_LOCALE: "en-XA", SITE_OUT_DIR: outDir, SITE_CACHE_DIR: join(workDir, "astro") },
});
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  console.error("The pseudo-locale build failed.");
  process.exit(1);
}

const dir = resolve(projectDir, outDir);
requireBuild(dir);
let total = 0;
for (const file of htmlFiles(dir)) {
  const strings = unwrappedStrings(readFileSync(file, "utf8"), allowed);
  if (strings.length === 0) continue;
  total += strings.length;
  console.log(`\n${urlPathOf(dir, file)} (${strings.length}):`);
  for (const text of strings) console.log(`  ${JSON.stringify(text)}`);
}

if (total > 0) {
  console.error(`\n${total} interface strings are not from the catalogue (src/i18n/en/). Move each into its component's namespace, or, for long explanatory prose, into src/content/prose/.`);
  process.exit(1);
}
console.log("Every interface string on every page comes from the catalogue.");
