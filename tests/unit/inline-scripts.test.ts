import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { holdListWhileSearching, inlineScripts, scriptHash } from "../../src/lib/inline-scripts";

describe("scriptHash", () => {
  it("is the base64 SHA-256 of the exact text, as a CSP source", () => {
    expect(scriptHash("")).toBe("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    expect(scriptHash("a")).toBe(`sha256-${createHash("sha256").update("a").digest("base64")}`);
  });

  it("changes with any whitespace, so the hashed text must be the rendered text", () => {
    expect(scriptHash(` ${holdListWhileSearching}`)).not.toBe(scriptHash(holdListWhileSearching));
  });
});

describe("inlineScripts", () => {
  it("lists the search page's early script, so its hash reaches the policy", () => {
    expect(inlineScripts).toContain(holdListWhileSearching);
  });
});
