import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Page } from "@playwright/test";

const distDir = process.env["SITE_OUT_DIR"] ?? join(import.meta.dirname, "..", "..", "..", "dist");

/** The URL path of every HTML page in the built site, so a new page is covered without editing tests. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".html")) pages.push(`/${relative(distDir, path).split(sep).join("/")}`.replace(/index\.html$/, ""));
    }
  };
  walk(distDir);
  return pages.sort();
}

/** The lesson slugs, from the built lesson folders. */
export function builtLessonSlugs(): string[] {
  return readdirSync(join(distDir, "lessons"));
}

/** Records every request the page makes to anywhere but the site's own origin. */
export function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.protocol !== "blob:" && url.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}
