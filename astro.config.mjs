// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import searchIndex from "./src/integrations/search-index.ts";

// Set SITE_BASE (for example "/no-contact") to serve the course from a sub-path.
const base = process.env.SITE_BASE ?? "/";
// Separate output and cache folders let parallel builds (CI shards, benchmarks) stay apart.
const outDir = process.env.SITE_OUT_DIR ?? "./dist";
const cacheDir = process.env.SITE_CACHE_DIR ?? "./node_modules/.astro";

export default defineConfig({
  site: process.env.SITE_URL ?? "https://nocontact.example",
  base,
  outDir,
  cacheDir,
  trailingSlash: "always",
  // External stylesheets are cached across pages, keeping each lesson's HTML small.
  build: { format: "directory", inlineStylesheets: "never" },
  // Scripts stay in their own files (cached across pages, and simple for the CSP) instead of inlined.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [mdx(), preact(), searchIndex(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
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
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Stylesheets from this site and hashed <style> elements only; no inline style="" attributes.
      styleDirective: { resources: ["'self'"] },
    },
  },
});
