// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import searchIndex from "./src/integrations/search-index.ts";

// Set SITE_BASE (for example "/no-contact") to serve the course from a sub-path.
const base = process.env.SITE_BASE ?? "/";

export default defineConfig({
  site: process.env.SITE_URL ?? "https://nocontact.example",
  base,
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx(), preact(), searchIndex()],
});
