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

/**
 * A page's address as printed on paper ("example.org/help/"), or undefined when the site's public
 * address isn't known (SITE_URL unset, so Astro's site is the placeholder): better no address than a wrong one.
 */
export function printedAddress(site: URL | undefined, placeholderSite: string, base: string, path: string): string | undefined {
  if (!site || site.origin === new URL(placeholderSite).origin) return undefined;
  const page = new URL(withBase(base, path), site);
  return `${page.host}${page.pathname}`;
}
