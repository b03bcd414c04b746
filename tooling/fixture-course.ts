// The fixture course: three short, plain lessons in tests/fixtures/course/, built at a sub-path into its
// own folder, for browser tests of behaviour that does not depend on the real lessons (order, Previous
// and Next, progress and Continue, sub-path hosting). Read by scripts/build-fixture.ts, the test server
// and playwright.config.ts, so the three agree on where the build is and where it is served.
import { resolve } from "node:path";
import { projectDir } from "./built-site.ts";

/** The fixture lessons, relative to the project: what SITE_LESSONS_DIR points at for this build. */
export const fixtureLessonsDir = "tests/fixtures/course";

/** The sub-path the fixture build is served under (SITE_BASE), so sub-path hosting is tested on every run. */
export const fixtureBase = "/fixture-course/";

/** Where the fixture build goes (SITE_OUT_DIR); its deploy/ files land beside it, apart from the real build's. */
export const fixtureOutDir = resolve(projectDir, "dist-fixture", "site");

/** Astro's cache for the fixture build (SITE_CACHE_DIR), so it never mixes with the real build's. */
export const fixtureCacheDir = resolve(projectDir, "node_modules", ".astro-fixture");

/** The environment `astro build` needs to build the fixture course. */
export function fixtureBuildEnv(): Record<string, string> {
  return {
    SITE_LESSONS_DIR: fixtureLessonsDir,
    SITE_BASE: fixtureBase.replace(/\/$/, ""),
    SITE_OUT_DIR: fixtureOutDir,
    SITE_CACHE_DIR: fixtureCacheDir,
  };
}
