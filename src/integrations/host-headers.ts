import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
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
 * After the build, reads the policy Astro wrote into the pages and writes the same policy, with the
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
        const policies = new Map(htmlPages(siteDir).map((page) => [page, metaPolicyOf(readFileSync(join(siteDir, page), "utf8"))]));
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
