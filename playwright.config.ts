import { defineConfig } from "@playwright/test";
import { chromiumPath, quietChromiumFlags } from "./tooling/chromium.ts";
import { fixtureBase } from "./tooling/fixture-course.ts";

const port = Number(process.env["E2E_PORT"] ?? 4329);
// nginx serves the same build with the generated server block, headers and all.
const nginxPort = Number(process.env["E2E_NGINX_PORT"] ?? port + 100);
const behindNginx = /behind-nginx\.spec\.ts$/;
// The fixture course (tooling/fixture-course.ts, `npm run build:fixture`), served at its sub-path.
const fixturePort = Number(process.env["E2E_FIXTURE_PORT"] ?? port + 200);
const onFixtureCourse = /fixture-course\/.*\.spec\.ts$/;

/**
 * End-to-end tests run against the built site (`dist/`, or SITE_OUT_DIR), never the dev server: served
 * statically as most hosts do (the "static" project), and by nginx with the security headers in force.
 * Tests of behaviour that does not depend on the real lessons (tests/e2e/fixture-course/) run against the
 * three-lesson fixture course built under a sub-path (the "fixture" project; its baseURL ends in the
 * sub-path, so those tests go to relative paths such as `lessons/first-steps/`).
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    browserName: "chromium",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...quietChromiumFlags],
    },
  },
  projects: [
    { name: "static", testIgnore: [behindNginx, onFixtureCourse], use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: "nginx", testMatch: behindNginx, use: { baseURL: `http://127.0.0.1:${nginxPort}` } },
    { name: "fixture", testMatch: onFixtureCourse, use: { baseURL: `http://127.0.0.1:${fixturePort}${fixtureBase}` } },
  ],
  webServer: [
    {
      command: `node scripts/serve-dist.ts ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-nginx.ts ${nginxPort}`,
      url: `http://127.0.0.1:${nginxPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      // The script stops nginx by its process id and removes its temporary folder on SIGTERM.
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    {
      command: `node scripts/serve-dist.ts ${fixturePort} fixture`,
      url: `http://127.0.0.1:${fixturePort}${fixtureBase}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
