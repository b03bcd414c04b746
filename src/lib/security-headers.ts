/**
 * The HTTP headers every page and file is served with, built from the Content-Security-Policy that
 * Astro writes into each page's <meta> tag, so the header and the tag can never disagree (the tag
 * holds the hashes of the scripts and styles Astro built). A header can also forbid framing, which a
 * <meta> policy cannot.
 */

/** One response header. */
export interface ResponseHeader {
  /** The header's name, e.g. "Referrer-Policy". */
  name: string;
  /** Its value, exactly as sent. */
  value: string;
}

/** A folder whose file names carry a hash of their content, so its files can be cached for good. */
export interface HashedFolder {
  /** Site path of the folder, ending in "/" (without the site's base), e.g. "/_astro/". */
  pathPrefix: string;
  /** What the folder holds; written into the generated files as the reason for the long cache. */
  reason: string;
}

/** A Content-Security-Policy as ordered directives: name -> sources. */
export type Policy = Map<string, string[]>;

/** One year in seconds: the usual lifetime for immutable caching and for HSTS. */
const oneYearInSeconds = 365 * 24 * 60 * 60;

/** Cache for a year and never revalidate: the file's name changes whenever its content does. */
export const immutableCache = `public, max-age=${oneYearInSeconds}, immutable`;

/** Everything else (pages, Pagefind's entry files, robots.txt) is checked with the server on each use. */
export const revalidateCache = "no-cache";

/** Folders served with immutableCache; Pagefind's entry files and wasm keep fixed names, so they revalidate. */
export const hashedFolders: readonly HashedFolder[] = [
  { pathPrefix: "/_astro/", reason: "scripts and styles named by content hash (Astro)" },
  { pathPrefix: "/pagefind/fragment/", reason: "search result fragments named by content hash (Pagefind)" },
  { pathPrefix: "/pagefind/index/", reason: "search index chunks named by content hash (Pagefind)" },
];

/**
 * Browser features no page here uses, denied to the site and anything it could embed. Only names
 * Chromium and Firefox know: an unknown name prints a console error on every page.
 */
const deniedFeatures: readonly string[] = [
  "accelerometer",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/**
 * Strict-Transport-Security, offered commented out in the generated server files: it is only safe
 * once the site is served over HTTPS for good (browsers then refuse plain HTTP for a year).
 */
export const hstsHeader: ResponseHeader = { name: "Strict-Transport-Security", value: `max-age=${oneYearInSeconds}` };

/** Parses "a x y; b z" into ordered directives. Names are lower-cased; empty parts are skipped. */
export function parsePolicy(policy: string): Policy {
  const directives: Policy = new Map();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Writes directives back as one header value: "a x y; b z". */
export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
}

/**
 * The policy to send as a header: the pages' own policy, plus `frame-ancestors 'none'` so no other
 * site can show a page inside a frame (and trick the reader into clicking "Erase everything").
 */
export function headerPolicy(metaPolicy: string): string {
  const policy = parsePolicy(metaPolicy);
  if (policy.size === 0) throw new Error("The pages carry an empty Content-Security-Policy.");
  policy.set("frame-ancestors", ["'none'"]);
  return serializePolicy(policy);
}

/**
 * The one policy every page carries. Throws if there is none, or if pages disagree: one header is
 * sent for every path, so it must equal each page's own policy.
 */
export function sitePolicy(pagePolicies: ReadonlyMap<string, string | undefined>): string {
  const missing = [...pagePolicies].filter(([, policy]) => !policy).map(([page]) => page);
  if (missing.length > 0) throw new Error(`No Content-Security-Policy <meta> in: ${missing.join(", ")}`);
  const distinct = new Set(pagePolicies.values());
  if (distinct.size !== 1) {
    throw new Error(`Pages carry ${distinct.size} different Content-Security-Policies; one header needs one policy.`);
  }
  return [...distinct][0] ?? "";
}

/** The headers every response gets, HTML and files alike (Cache-Control is separate). */
export function securityHeaders(metaPolicy: string): ResponseHeader[] {
  return [
    { name: "Content-Security-Policy", value: headerPolicy(metaPolicy) },
    { name: "Referrer-Policy", value: "no-referrer" },
    { name: "X-Content-Type-Options", value: "nosniff" },
    { name: "Permissions-Policy", value: deniedFeatures.map((feature) => `${feature}=()`).join(", ") },
    { name: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
