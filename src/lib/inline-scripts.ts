import { createHash } from "node:crypto";

/**
 * Runs on the search page before first paint: with a query in the address, it holds the full lesson
 * list back until the results are in, so results never push it down the screen. Inline because an
 * external or module script would run too late; without JavaScript it never runs and the list shows.
 */
export const holdListWhileSearching = `if (new URLSearchParams(location.search).get("q")) document.documentElement.dataset.searching = "";`;

/**
 * Every script a page carries inline that Astro does not build (and so does not hash) itself.
 * astro.config.mjs adds their hashes to the Content-Security-Policy, which then allows them wherever
 * they sit, also above the policy's <meta> tag and when the policy comes as a header.
 */
export const inlineScripts: readonly string[] = [holdListWhileSearching];

/** The CSP source that allows one inline script: the SHA-256 of its exact text. */
export function scriptHash(source: string): `sha256-${string}` {
  return `sha256-${createHash("sha256").update(source, "utf8").digest("base64")}`;
}
