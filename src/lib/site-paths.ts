/** Joins the site's base (Astro's BASE_URL, "/" or "/sub" or "/sub/") with a site path such as "/help/". */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.replace(/\/+$/, "");
  const trimmedPath = path.replace(/^\/+/, "");
  return `${trimmedBase}/${trimmedPath}`;
}

/** The URL of a lesson page under the site's base. */
export function lessonPath(base: string, slug: string): string {
  return withBase(base, `/lessons/${slug}/`);
}
