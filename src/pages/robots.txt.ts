import type { APIRoute } from "astro";
import { withBase } from "../lib/site-paths";

/** Lets search engines find the course, and points them at the sitemap written by @astrojs/sitemap. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, "/sitemap-index.xml"), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
