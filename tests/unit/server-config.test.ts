import { describe, expect, it } from "vitest";
import { hashedFolders, headerPolicy, immutableCache, parsePolicy, securityHeaders } from "../../src/lib/security-headers";
import { caddyfile, netlifyHeaders, nginxServer, type ServerConfigInput } from "../../src/lib/server-config";

const metaPolicy = "default-src 'none'; script-src 'self' 'sha256-AAA='; style-src 'self'";
const headers = securityHeaders(metaPolicy);
const atRoot: ServerConfigInput = { headers, base: "/", siteDir: "/srv/course/dist" };
const underSubPath: ServerConfigInput = { ...atRoot, base: "/no-contact/", siteUrl: new URL("https://help.example.org") };

/** The CSP a generated file sends, parsed, whatever its syntax around the value. */
function sentPolicy(file: string, pattern: RegExp) {
  return parsePolicy(pattern.exec(file)?.[1] ?? "");
}

describe("every host file", () => {
  it.each([
    ["_headers", netlifyHeaders(atRoot), /^ {2}Content-Security-Policy: (.+)$/m],
    ["nginx", nginxServer(atRoot), /add_header Content-Security-Policy "([^"]+)" always;/],
    ["Caddyfile", caddyfile(atRoot), /^ +Content-Security-Policy "([^"]+)"$/m],
  ])("%s sends the pages' policy plus frame-ancestors, and every security header", (_host, file, pattern) => {
    expect(sentPolicy(file, pattern)).toEqual(parsePolicy(headerPolicy(metaPolicy)));
    for (const header of headers) expect(file).toContain(header.value);
    for (const folder of hashedFolders) expect(file).toContain(folder.pathPrefix);
    expect(file).toContain(immutableCache);
  });
});

describe("netlifyHeaders", () => {
  it("puts the headers on every path and the long cache only on hashed folders, under the base", () => {
    const file = netlifyHeaders(underSubPath);
    expect(file).toMatch(/^\/no-contact\/\*\n {2}Content-Security-Policy: /m);
    expect(file).toContain("/no-contact/_astro/*\n  Cache-Control: public, max-age=31536000, immutable");
    expect(file).not.toMatch(/^ {2}Cache-Control: no-cache/m);
  });
});

describe("nginxServer", () => {
  it("serves the build from its folder at the root, with the 404 page and revalidated pages", () => {
    const file = nginxServer(atRoot);
    expect(file).toContain("root /srv/course/dist;");
    expect(file).toContain("server_name _;");
    expect(file).toContain("error_page 404 /404.html;");
    expect(file).toContain('default "no-cache";');
    expect(file).toContain("add_header Cache-Control $no_contact_cache_control always;");
    expect(file).not.toMatch(/^\s*location\b/m);
  });

  it("names the server and prefixes every path under a sub-path", () => {
    const file = nginxServer(underSubPath);
    expect(file).toContain("server_name help.example.org;");
    expect(file).toContain("~^/no-contact/_astro/ ");
    expect(file).toContain("error_page 404 /no-contact/404.html;");
    expect(file).toContain("root /var/www/html;");
  });

  it("offers HSTS only as a comment", () => {
    expect(nginxServer(atRoot)).toMatch(/^ +# add_header Strict-Transport-Security/m);
  });
});

describe("caddyfile", () => {
  it("listens on :80 without SITE_URL and on the domain with it", () => {
    expect(caddyfile(atRoot)).toMatch(/^:80 \{$/m);
    expect(caddyfile(underSubPath)).toMatch(/^help\.example\.org \{$/m);
  });

  it("gives hashed folders and everything else different, non-overlapping cache rules", () => {
    const file = caddyfile(underSubPath);
    expect(file).toContain("@hashed path /no-contact/_astro/* /no-contact/pagefind/fragment/* /no-contact/pagefind/index/*");
    expect(file).toContain("@revalidated not path /no-contact/_astro/*");
    expect(file).toContain("rewrite * /no-contact/404.html");
  });
});
