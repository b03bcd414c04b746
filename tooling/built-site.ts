// Where the built site is and which pages it holds, shared by the size, budget, link and bench scripts
// and the browser tests.
import { existsSync, readdirSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The project folder (tooling/..), so the scripts work from any working directory. */
export const projectDir = fileURLToPath(new URL("..", import.meta.url));

/** The build output folder: SITE_OUT_DIR like astro.config.mjs (relative to the project), else dist/. */
export function distDir(): string {
  return resolve(projectDir, process.env["SITE_OUT_DIR"] ?? "dist");
}

/** The server files the build writes beside the site (nginx.conf, Caddyfile): deploy/ next to dist/. */
export function deployDir(dir = distDir()): string {
  return resolve(dir, "..", "deploy");
}

/** Stops with a helpful message when there is no build to measure. */
export function requireBuild(dir: string): void {
  if (!existsSync(join(dir, "index.html"))) {
    console.error(`No built site in ${dir}: run \`npm run build\` first (with the same SITE_OUT_DIR).`);
    process.exit(1);
  }
}

/** URL path of every lesson page, e.g. /lessons/when-it-ends/, from the built lesson folders. */
export function lessonPages(dir: string): string[] {
  return readdirSync(join(dir, "lessons"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/lessons/${entry.name}/`)
    .sort();
}

/** URL path of every page under /tools/ (the index and each tool), from the built files. */
export function toolPages(dir: string): string[] {
  const tools = join(dir, "tools");
  return existsSync(tools) ? htmlFiles(tools).map((file) => urlPathOf(dir, file)) : [];
}

/** Absolute file path of every HTML page in the build, so orphan pages (404) are checked too. */
export function htmlFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && entry.name !== "pagefind") walk(path);
      else if (entry.name.endsWith(".html")) files.push(path);
    }
  };
  walk(dir);
  return files.sort();
}

/** The URL path a built HTML file is served at: /lessons/x/index.html -> /lessons/x/. */
export function urlPathOf(dir: string, file: string): string {
  return `/${relative(dir, file).split(sep).join("/")}`.replace(/index\.html$/, "");
}
