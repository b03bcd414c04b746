import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { inlineHashSources, withoutUnusedHashes } from "../lib/csp-hashes";
import { securityHeaders, sitePolicy } from "../lib/security-headers";
import { caddyfile, netlifyHeaders, nginxServer } from "../lib/server-config";

/** Options for the host files. */
export interface HostHeadersOptions {
  /** The public address (SITE_URL) when set: names the server in the nginx and Caddy files. */
  siteUrl?: string | undefined;
}

/** Every built HTML page (Pagefind's folder holds none), as paths relative to the site folder. */
function htmlPages(siteDir: string, folder = ""): string[] {
  return readdirSync(join(siteDir, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "pagefind" ? [] : htmlPages(siteDir, path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

/** The content of a page's Content-Security-Policy <meta> tag, as Astro wrote it. */
export function metaPolicyOf(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}

/**
 * After the build, keeps in each page's policy only the inline hashes some page uses, then writes that policy, with the
 * other security headers, for the hosts people use: `_headers` inside the site (Netlify, Cloudflare
 * Pages), and `nginx.conf` and `Caddyfile` in `deploy/` beside it (server files, not for upload).
 */
export default function hostHeaders(options: HostHeadersOptions = {}): AstroIntegration {
  let base = "/";
  return {
    name: "no-contact:host-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const pages = new Map(htmlPages(siteDir).map((page) => [page, readFileSync(join(siteDir, page), "utf8")]));
        // First tighten every page's policy to the inline hashes the site really uses (see csp-hashes.ts).
        const used = new Set([...pages.values()].flatMap(inlineHashSources));
        for (const [page, html] of pages) {
          const policy = metaPolicyOf(html);
          if (policy === undefined) continue;
          const trimmed = html.replace(`content="${policy}"`, `content="${withoutUnusedHashes(policy, used)}"`);
          pages.set(page, trimmed);
          writeFileSync(join(siteDir, page), trimmed);
        }
        const policies = new Map([...pages].map(([page, html]) => [page, metaPolicyOf(html)]));
        const input = {
          headers: securityHeaders(sitePolicy(policies)),
          base,
          siteDir: siteDir.replace(/\/$/, ""),
          siteUrl: options.siteUrl ? new URL(options.siteUrl) : undefined,
        };
        const deployDir = fileURLToPath(new URL("../deploy/", dir));
        mkdirSync(deployDir, { recursive: true });
        writeFileSync(join(siteDir, "_headers"), netlifyHeaders(input));
        writeFileSync(join(deployDir, "nginx.conf"), nginxServer(input));
        writeFileSync(join(deployDir, "Caddyfile"), caddyfile(input));
        logger.info(`Security headers for ${policies.size} pages: _headers in the site; nginx.conf and Caddyfile in ${deployDir}`);
      },
    },
  };
}
