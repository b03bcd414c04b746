import { describe, expect, it } from "vitest";
import { brokenReason, classifyLink, summarizeLinks } from "../../../scripts/link-report.ts";

const origin = "http://127.0.0.1:4000";

describe("classifyLink", () => {
  it("treats the local server and paths relative to the scanned folder as internal", () => {
    expect(classifyLink("http://127.0.0.1:4000/lessons/a/", origin)).toBe("internal");
    expect(classifyLink("http://localhost:5173/search/", origin)).toBe("internal");
    expect(classifyLink("lessons/a/#key-points", origin)).toBe("internal");
  });

  it("treats other sites as external, so they are never fetched", () => {
    expect(classifyLink("https://example.org/elsewhere", origin)).toBe("external");
    expect(classifyLink("http://example.org/", "")).toBe("external");
  });

  it("leaves links with nothing to fetch aside", () => {
    expect(classifyLink("mailto:help@example.org", origin)).toBe("other");
    expect(classifyLink("tel:0800000000", origin)).toBe("other");
  });
});

describe("summarizeLinks", () => {
  it("counts internal URLs once, groups broken ones and lists external ones by page count", () => {
    const summary = summarizeLinks(
      [
        { url: "index.html", state: "OK", status: 200 },
        { url: "help/", state: "BROKEN", status: 404, parent: "index.html" },
        { url: "help/", state: "BROKEN", status: 404, parent: "lessons/a/index.html" },
        { url: "https://example.org/elsewhere", state: "SKIPPED", parent: "index.html" },
        { url: "https://example.org/elsewhere", state: "SKIPPED", parent: "lessons/a/index.html" },
        { url: "tel:0800000000", state: "SKIPPED", parent: "index.html" },
      ],
      origin,
    );
    expect(summary.internalChecked).toBe(2);
    expect(summary.broken).toEqual([{ url: "help/", status: 404, pages: ["index.html", "lessons/a/index.html"] }]);
    expect(summary.external).toEqual([{ url: "https://example.org/elsewhere", pages: 2 }]);
  });
});

describe("brokenReason", () => {
  it("explains a missing anchor on a page that loads", () => {
    expect(brokenReason({ url: "lessons/a/#nope", status: 200 })).toBe("no such anchor on the page");
    expect(brokenReason({ url: "missing.png", status: 404 })).toBe("status 404");
    expect(brokenReason({ url: "x/", status: 0 })).toBe("no response");
  });
});
