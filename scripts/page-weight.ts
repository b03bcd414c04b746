// Measures what a browser downloads for one built page, in gzip bytes: the HTML, its stylesheets
// and inline styles, and the JavaScript it runs at once (module scripts and their static imports).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import type { PageWeight } from "./budgets.ts";

const gz = (text: string): number => gzipSync(text, { level: 9 }).length;

function assetPath(distDir: string, fromFile: string, url: string): string {
  return url.startsWith("/") ? join(distDir, url) : join(dirname(fromFile), url);
}

/** A JS file and every file it imports statically, each counted once. */
function staticGraph(distDir: string, file: string, seen: Set<string>): void {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const code = readFileSync(file, "utf8");
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w{}\s,*$]+from\s*)?["']([^"']+)["']/g)) {
    if (match[1]) staticGraph(distDir, assetPath(distDir, file, match[1]), seen);
  }
}

/** Gzip bytes of a built page's HTML, CSS and JS (before anything is loaded on demand). */
export function measurePage(distDir: string, pagePath: string): PageWeight {
  const htmlFile = join(distDir, pagePath, pagePath.endsWith(".html") ? "" : "index.html");
  const html = readFileSync(htmlFile, "utf8");
  let css = 0;
  for (const match of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    if (match[1]) css += gz(readFileSync(assetPath(distDir, htmlFile, match[1]), "utf8"));
  }
  for (const match of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css += gz(match[1] ?? "");
  const jsFiles = new Set<string>();
  let inlineJs = 0;
  for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /src="([^"]+)"/.exec(match[1] ?? "")?.[1];
    const inline = match[2] ?? "";
    if (src) staticGraph(distDir, assetPath(distDir, htmlFile, src), jsFiles);
    else if (inline.trim()) {
      inlineJs += gz(inline);
      for (const imported of inline.matchAll(/import\s*(?:[\w{}\s,*$]+from\s*)?["']([^"']+)["']/g)) {
        if (imported[1]) staticGraph(distDir, assetPath(distDir, htmlFile, imported[1]), jsFiles);
      }
    }
  }
  for (const match of html.matchAll(/<astro-island[^>]*component-url="([^"]+)"[^>]*renderer-url="([^"]+)"/g)) {
    for (const url of match.slice(1)) staticGraph(distDir, assetPath(distDir, htmlFile, url), jsFiles);
  }
  const js = inlineJs + [...jsFiles].reduce((sum, file) => sum + gz(readFileSync(file, "utf8")), 0);
  return { html: gz(html), css, js };
}

/** Gzip bytes of scripts loaded on demand (e.g. Pagefind on the first search) and their static imports. */
export function measureScripts(distDir: string, urls: readonly string[]): number {
  const files = new Set<string>();
  for (const url of urls) staticGraph(distDir, join(distDir, url), files);
  return [...files].reduce((sum, file) => sum + gz(readFileSync(file, "utf8")), 0);
}
