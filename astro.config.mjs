// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
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
  build: { format: "directory" },
  integrations: [mdx(), preact(), searchIndex()],
});
