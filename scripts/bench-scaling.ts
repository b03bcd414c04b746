// Build-time scaling for the bench: builds a temporary copy of the project with every lesson
// multiplied, times it, and measures what search costs at that size. Nothing here is ever committed.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { chromium, type Response } from "@playwright/test";
import { projectDir } from "../tooling/built-site.ts";
import { chromiumPath, recordForeignRequests, scriptChromiumFlags } from "../tooling/chromium.ts";
import { serveFolder } from "./static-server.ts";
import { syntheticLesson, syntheticSlug } from "./synthetic-lessons.ts";

// Build outputs, caches and reports of the real project stay behind; node_modules is linked, not copied.
const leftOut = new Set(["node_modules", "dist", ".git", ".astro", "reports", "test-results", "playwright-report"]);

/** A temporary copy of the project whose course has every lesson `multiplier` times. */
function projectCopy(multiplier: number): { dir: string; lessonCount: number } {
  const dir = mkdtempSync(join(tmpdir(), `no-contact-bench-x${multiplier}-`));
  cpSync(projectDir, dir, { recursive: true, filter: (source) => !leftOut.has(basename(source)) || source === projectDir });
  symlinkSync(join(projectDir, "node_modules"), join(dir, "node_modules"), "dir");
  const lessonsDir = join(dir, "src", "content", "lessons");
  const lessons = readdirSync(lessonsDir).filter((name) => name.endsWith(".mdx"));
  for (const name of lessons) {
    const source = readFileSync(join(lessonsDir, name), "utf8");
    for (let copy = 1; copy < multiplier; copy += 1) {
      writeFileSync(join(lessonsDir, `${syntheticSlug(name.slice(0, -4), copy)}.mdx`), syntheticLesson(source, copy, lessons.length));
    }
  }
  return { dir, lessonCount: lessons.length * multiplier };
}

/** Runs the ordinary `npm run build` in the copy, with a fresh cache, and returns wall-clock seconds. */
function timedBuild(dir: string): number {
  rmSync(join(dir, "dist"), { recursive: true, force: true });
  rmSync(join(dir, "cache"), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync("npm", ["run", "build"], {
    cwd: dir,
    env: { ...process.env, SITE_OUT_DIR: join(dir, "dist"), SITE_CACHE_DIR: join(dir, "cache") },
    encoding: "utf8",
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`Build of ${dir} failed:\n${result.stdout}\n${result.stderr}`);
  return seconds;
}

/** Total bytes of the files under a folder. */
function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Pagefind's output: everything, and only the index data (without its unused ready-made UIs). */
function pagefindSize(distDir: string): { total: number; data: number } {
  const dir = join(distDir, "pagefind");
  const data = ["index", "fragment"].reduce((sum, sub) => sum + folderBytes(join(dir, sub)), 0);
  const meta = readdirSync(dir).filter((name) => name.endsWith(".pf_meta") || name.startsWith("wasm."));
  return { total: folderBytes(dir), data: data + meta.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0) };
}

/**
 * Loads /search/?q=<query> in Chromium and sums the bytes transferred for Pagefind (/pagefind/): the
 * cost of a reader's first search. Also fails if any request goes anywhere but the local server.
 */
export async function firstQueryBytes(distDir: string, query = "money"): Promise<{ bytes: number; requests: number }> {
  const server = await serveFolder(distDir);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: scriptChromiumFlags });
  try {
    const page = await browser.newPage();
    const responses: Response[] = [];
    const foreign = recordForeignRequests(page, server.origin);
    page.on("response", (response) => {
      if (new URL(response.url()).pathname.startsWith("/pagefind/")) responses.push(response);
    });
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
    await page.locator("#search-results li, #search-results .search-results__none").first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState("networkidle");
    if (foreign.length > 0) throw new Error(`Search requested other sites: ${foreign.join(", ")}`);
    const sizes = await Promise.all(responses.map(async (response) => (await response.request().sizes()).responseBodySize));
    return { bytes: sizes.reduce((sum, size) => sum + size, 0), requests: responses.length };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Builds the course at `multiplier` times its lessons in a temporary copy, measures it, lets `inspect`
 * look at the build (the bench measures pages of the ×1 build this way), then deletes the copy.
 * @param runs builds to time; the fastest counts
 */
export async function measureScale(multiplier: number, inspect?: (distDir: string) => Promise<unknown>, runs = 2) {
  const { dir, lessonCount } = projectCopy(multiplier);
  try {
    // The fastest of a few cold builds: on a shared machine, noise only ever adds time.
    const seconds = Math.min(...Array.from({ length: runs }, () => timedBuild(dir)));
    const distDir = join(dir, "dist");
    const firstQuery = await firstQueryBytes(distDir);
    const inspected = await inspect?.(distDir);
    return { multiplier, lessonCount, seconds, pagefind: pagefindSize(distDir), firstQuery, inspected };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
