import { join } from "node:path";
import type { GenerateSWOptions, GetManifestOptions } from "workbox-build";
import { OFFLINE_CACHE_PREFIX, OFFLINE_WORKER_FILE } from "./offline-copy";
import { withBase } from "./site-paths";

/** The page shown for an address that is not kept in the offline copy (src/pages/offline.astro). */
export const OFFLINE_PAGE = "/offline/";

/**
 * Files of the build the offline copy leaves out: the host header file, and Pagefind's ready-made search
 * interfaces and highlighter, which this site never loads (its search page uses pagefind.js directly).
 */
export const offlineCopyIgnores = ["_headers", "pagefind/pagefind-*ui.*", "pagefind/pagefind-highlight.js"];

/**
 * Which files of the build in `siteDir` the offline copy keeps: every page, asset and search file, each
 * revisioned by a hash of its content, so the next build's worker fetches only what changed.
 */
export function offlineManifestOptions(siteDir: string): GetManifestOptions {
  return {
    globDirectory: siteDir,
    globPatterns: ["**/*"],
    globIgnores: offlineCopyIgnores,
    // Astro names these by content already; Workbox need not add its own revision.
    dontCacheBustURLsMatching: /^_astro\//,
    // The Pagefind WebAssembly and index files are the largest; none comes near this.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  };
}

/**
 * Workbox's options for the offline copy's worker: the precache list above; the Workbox runtime inlined (one
 * file from this site, nothing from a CDN); a new build's worker taking over on the next visit and dropping the
 * old cache (`cleanupOutdatedCaches`); and navigations to anything not kept answered with the offline page
 * when the network fails.
 */
export function offlineWorkerOptions(siteDir: string, base: string): GenerateSWOptions {
  return {
    ...offlineManifestOptions(siteDir),
    swDest: join(siteDir, OFFLINE_WORKER_FILE),
    cacheId: OFFLINE_CACHE_PREFIX,
    inlineWorkboxRuntime: true,
    mode: "production",
    sourcemap: false,
    // Waiting for every tab to close would keep the old build in use for days on a phone.
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Static files: a query (the search page's ?q=, Pagefind's ?ts=) never changes what the server sends.
    ignoreURLParametersMatching: [/.*/],
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === "navigate",
        handler: "NetworkOnly",
        options: { precacheFallback: { fallbackURL: withBase(base, `${OFFLINE_PAGE}index.html`) } },
      },
    ],
  };
}
