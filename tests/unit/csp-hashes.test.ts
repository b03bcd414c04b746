import { describe, expect, it } from "vitest";
import { hashSource, inlineHashSources, withoutUnusedHashes } from "../../src/lib/csp-hashes";

describe("CSP hashes", () => {
  it("hashes text as the browser does (SHA-256 of the exact body, base64)", () => {
    // The well-known hash of an empty body.
    expect(hashSource("")).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it("finds inline scripts and styles, never scripts loaded by src", () => {
    const html = `<script>a()</script><script type="module" src="/x.js"></script><style>b{}</style><script is="x">c()</script>`;
    expect(inlineHashSources(html)).toEqual([hashSource("a()"), hashSource("b{}"), hashSource("c()")]);
  });

  it("keeps used hashes and every other source, and drops hashes no page uses", () => {
    const used = hashSource("a()");
    const unused = hashSource("never()");
    const policy = `default-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${used} ${unused}; style-src 'self' ${unused}`;
    expect(withoutUnusedHashes(policy, new Set([used]))).toBe(`default-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${used}; style-src 'self'`);
  });
});
