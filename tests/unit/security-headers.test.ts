import { describe, expect, it } from "vitest";
import { metaPolicyOf } from "../../src/integrations/host-headers";
import { headerPolicy, parsePolicy, securityHeaders, serializePolicy, sitePolicy } from "../../src/lib/security-headers";

/** A policy as Astro writes it into the <meta> tag (its spacing around ";" varies). */
const metaPolicy =
  "default-src 'none';connect-src 'self';img-src 'self';base-uri 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC=';";

describe("parsePolicy and serializePolicy", () => {
  it("read directives in order whatever the spacing, and write them back evenly", () => {
    const policy = parsePolicy(metaPolicy);
    expect([...policy.keys()]).toEqual(["default-src", "connect-src", "img-src", "base-uri", "script-src", "style-src"]);
    expect(policy.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-AAA='", "'sha256-BBB='"]);
    expect(parsePolicy(serializePolicy(policy))).toEqual(policy);
  });
});

describe("headerPolicy", () => {
  it("is the meta policy, every directive and hash unchanged, plus frame-ancestors 'none'", () => {
    const header = parsePolicy(headerPolicy(metaPolicy));
    const expected = parsePolicy(metaPolicy);
    expected.set("frame-ancestors", ["'none'"]);
    expect(header).toEqual(expected);
  });

  it("refuses an empty policy rather than sending none", () => {
    expect(() => headerPolicy(" ; ")).toThrow(/empty/);
  });
});

describe("sitePolicy", () => {
  it("is the policy every page shares", () => {
    expect(sitePolicy(new Map([["index.html", metaPolicy], ["help/index.html", metaPolicy]]))).toBe(metaPolicy);
  });

  it("names pages without a policy, and refuses pages that disagree", () => {
    expect(() => sitePolicy(new Map([["index.html", metaPolicy], ["404.html", undefined]]))).toThrow(/404\.html/);
    expect(() => sitePolicy(new Map([["index.html", metaPolicy], ["help/index.html", "default-src 'self'"]]))).toThrow(/2 different/);
  });
});

describe("securityHeaders", () => {
  const headers = new Map(securityHeaders(metaPolicy).map((header) => [header.name, header.value]));

  it("sends the policy with frame-ancestors and the other security headers", () => {
    expect(headers.get("Content-Security-Policy")).toBe(headerPolicy(metaPolicy));
    expect(headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
  });

  it("denies camera, microphone and location to the site", () => {
    const denied = (headers.get("Permissions-Policy") ?? "").split(", ");
    expect(denied).toEqual(expect.arrayContaining(["camera=()", "microphone=()", "geolocation=()"]));
    expect(denied.every((feature) => /^[a-z-]+=\(\)$/.test(feature))).toBe(true);
  });
});

describe("metaPolicyOf", () => {
  it("reads the policy Astro wrote into a page, or nothing when there is none", () => {
    expect(metaPolicyOf(`<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${metaPolicy}"></head>`)).toBe(metaPolicy);
    expect(metaPolicyOf("<head><title>x</title></head>")).toBeUndefined();
  });
});
