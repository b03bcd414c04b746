// @ts-check
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import searchIndex from "./src/integrations/search-index.ts";
import hostHeaders from "./src/integrations/host-headers.ts";
import offlineCopy from "./src/integrations/offline-copy.ts";
import { siteSettings } from "./src/lib/site-settings.ts";
import { buildLocale } from "./src/i18n/locales.ts";

// Set SITE_BASE (for example "/no-contact") to serve the course from a sub-path.
const base = process.env.SITE_BASE ?? "/";
// Separate output and cache folders let parallel builds (CI shards, benchmarks) stay apart.
const outDir = process.env.SITE_OUT_DIR ?? "./dist";
const cacheDir = process.env.SITE_CACHE_DIR ?? "./node_modules/.astro";

// The interface language (SITE_LOCALE, default "en"): "@ui-strings" resolves to that locale's catalogue.
const uiStrings = fileURLToPath(new URL(`./src/i18n/${buildLocale(process.env.SITE_LOCALE)}`, import.meta.url));

// The public address (SITE_URL): the sitemap, robots.txt, the printed top-tips sheet and the server files use it.
const siteUrl = process.env.SITE_URL;

/**
 * Rolldown warns that Astro's own `"use astro:head-inject"` marker in each MDX module "may not be
 * preserved when bundling", once per lesson. Astro reads that marker before bundling, so losing it
 * is harmless (Astro issue #18087). Only that exact message is dropped; every other log still prints.
 * @type {import("vite").Plugin}
 */
const dropAstroHeadInjectWarning = {
  name: "no-contact:drop-astro-head-inject-warning",
  // Returning false drops the log; true passes it on.
  onLog(level, log) {
    return !(level === "warn" && log.code === "MODULE_LEVEL_DIRECTIVE" && log.message.includes('"use astro:head-inject"'));
  },
};

export default defineConfig({
  site: siteUrl ?? siteSettings.placeholderSite,
  base,
  outDir,
  cacheDir,
  trailingSlash: "always",
  // External stylesheets are cached across pages, keeping each lesson's HTML small.
  build: { format: "directory", inlineStylesheets: "never" },
  // Scripts stay in their own files (cached across pages, and simple for the CSP) instead of inlined.
  vite: { build: { assetsInlineLimit: 0 }, plugins: [dropAstroHeadInjectWarning], resolve: { alias: { "@ui-strings": uiStrings } } },
  // No code blocks in the course, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [
    mdx(),
    preact(),
    searchIndex(),
    sitemap({ filter: (page) => !/\/(404|offline)\/?$/.test(page) }),
    // After the search index, so the headers are written from the finished pages.
    hostHeaders({ siteUrl }),
    // Last, so the offline copy's precache list holds every finished file (pages as hostHeaders left them).
    offlineCopy(),
  ],
  // A Content-Security-Policy <meta> on every page. Astro adds a hash for every script and style it emits,
  // so nothing inline runs unless it was built here. Nothing may load from, or be sent to, anywhere else.
  security: {
    csp: {
      algorithm: "SHA-256",
      directives: [
        "default-src 'none'",
        // Pagefind fetches its index files and runs its search in a worker, both from this site.
        "connect-src 'self'",
        "worker-src 'self'",
        "img-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // 'self' covers the dynamic import of /pagefind/pagefind.js; 'wasm-unsafe-eval' lets Pagefind
      // compile its WebAssembly. No 'unsafe-inline' and no 'unsafe-eval'.
      // No inline script of our own: progressive enhancement is done by the components' bundled scripts.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Stylesheets from this site and hashed <style> elements only; no inline style="" attributes.
      styleDirective: { resources: ["'self'"] },
    },
  },
});
