import { createHash } from "node:crypto";

/**
 * Astro's policy lists a hash for every inline script its runtime might emit (each client directive),
 * whether or not the site uses it. Each unused hash is ~55 incompressible bytes on every page, so after
 * the build the policy keeps only the hashes of inline scripts and styles that some page really holds:
 * a tighter policy, and the same one on every page.
 */

/** The CSP hash source ('sha256-…') of an inline script's or style's exact text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
}

/** The hash sources of every inline <script> and <style> in a page (scripts with `src` have no body to hash). */
export function inlineHashSources(html: string): string[] {
  const bodies = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>|<style[^>]*>([\s\S]*?)<\/style>/gi)];
  return bodies.map((match) => hashSource(match[1] ?? match[2] ?? ""));
}

/** The policy without the hash sources that no page uses; every other source is kept as written. */
export function withoutUnusedHashes(policy: string, used: ReadonlySet<string>): string {
  return policy.replace(/\s*'sha(?:256|384|512)-[^']*'/g, (source) => (used.has(source.trim()) ? source : ""));
}
