// Sorting linkinator's results: internal links must resolve, external ones are only listed. The
// course promises that nothing leaves the reader's browser, and CI must not depend on other sites.

/** Where a link points. */
export type LinkKind = "internal" | "external" | "other";

/** One link as linkinator reports it (its LinkResult, reduced to what the report reads). */
export interface CheckedLink {
  /** The URL: absolute, or relative to the scanned folder. */
  url: string;
  /** "OK", "BROKEN" or "SKIPPED". */
  state: string;
  /** HTTP status; 0 or missing when nothing answered. */
  status?: number;
  /** The page the link is on. */
  parent?: string;
}

/** An internal link that does not resolve, with every page it is on. */
export interface BrokenLink {
  url: string;
  status: number;
  pages: string[];
}

/**
 * Where a link points: "internal" (the local server of the build), "external" (another site, never
 * fetched) or "other" (mailto:, tel:, data: and the like, which have nothing to fetch).
 * @param link a URL as linkinator reports it: absolute, or relative to the scanned folder
 * @param siteOrigin origin of the server the build is scanned on, e.g. http://127.0.0.1:5173
 */
export function classifyLink(link: string, siteOrigin: string): LinkKind {
  let url: URL;
  try {
    // Linkinator reports pages of a scanned folder as paths relative to it: those are internal.
    url = new URL(link, siteOrigin || "http://localhost/");
  } catch {
    return "other";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "other";
  return isLocalHost(url.hostname) || url.origin === siteOrigin ? "internal" : "external";
}

/** Only the build's own server is ever fetched, whatever port it picked. */
export function isLocalHost(hostname: string): boolean {
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
}

/** Groups linkinator results into what the check reports. */
export function summarizeLinks(results: readonly CheckedLink[], siteOrigin: string): { internalChecked: number; broken: BrokenLink[]; external: { url: string; pages: number }[] } {
  const internal = new Set<string>();
  const broken = new Map<string, BrokenLink>();
  const external = new Map<string, Set<string>>();
  for (const result of results) {
    const kind = classifyLink(result.url, siteOrigin);
    if (kind === "internal") {
      internal.add(result.url);
      if (result.state === "BROKEN") {
        const entry = broken.get(result.url) ?? { url: result.url, status: result.status ?? 0, pages: [] };
        if (result.parent) entry.pages.push(result.parent);
        broken.set(result.url, entry);
      }
    } else if (kind === "external") {
      const pages = external.get(result.url) ?? new Set();
      if (result.parent) pages.add(result.parent);
      external.set(result.url, pages);
    }
  }
  return {
    internalChecked: internal.size,
    broken: [...broken.values()].sort((a, b) => a.url.localeCompare(b.url)),
    external: [...external].map(([url, pages]) => ({ url, pages: pages.size })).sort((a, b) => a.url.localeCompare(b.url)),
  };
}

/** Why a link is broken, in words: a page that loads but lacks the #anchor reports status 200. */
export function brokenReason({ url, status }: { url: string; status: number }): string {
  if (url.includes("#") && status >= 200 && status < 300) return "no such anchor on the page";
  return status === 0 ? "no response" : `status ${status}`;
}
