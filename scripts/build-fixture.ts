// Builds the fixture course (tooling/fixture-course.ts) for the browser tests: `npm run build:fixture`.
// The same `astro build` as the real site, with the lessons read from tests/fixtures/course/, served
// under a sub-path, into dist-fixture/. The real build in dist/ is left alone.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { projectDir } from "../tooling/built-site.ts";
import { fixtureBuildEnv } from "../tooling/fixture-course.ts";

const { status } = spawnSync(process.execPath, [join(projectDir, "node_modules", "astro", "bin", "astro.mjs"), "build"], {
  cwd: projectDir,
  env: { ...process.env, ...fixtureBuildEnv() },
  stdio: "inherit",
});
process.exit(status ?? 1);
