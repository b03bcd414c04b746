import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateSW, getManifest } from "workbox-build";
import { offlineManifestOptions, offlineWorkerOptions } from "../../src/lib/offline-worker";

let siteDir = "";

/** A tiny built site: pages, a hashed asset, search files, and the files the copy leaves out. */
function writeSite(files: Record<string, string>): string {
  siteDir = mkdtempSync(join(tmpdir(), "offline-worker-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(siteDir, path)), { recursive: true });
    writeFileSync(join(siteDir, path), text);
  }
  return siteDir;
}

const site = {
  "index.html": "<h1>Home</h1>",
  "lessons/first/index.html": "<h1>First</h1>",
  "offline/index.html": "<h1>Offline</h1>",
  "_astro/page.Ab12Cd34.js": "console.log(1)",
  "pagefind/pagefind.js": "search",
  "pagefind/pagefind-entry.json": "{}",
  "pagefind/index/en_1.pf_index": "index",
  "pagefind/pagefind-ui.js": "unused interface",
  "pagefind/pagefind-component-ui.css": "unused interface",
  "pagefind/pagefind-highlight.js": "unused highlighter",
  _headers: "/*\n  X-Frame-Options: DENY",
};

/** The precache list the worker would get for the site in `dir`: url → revision. */
async function manifestOf(dir: string): Promise<Map<string, string | null>> {
  const { manifestEntries, warnings } = await getManifest(offlineManifestOptions(dir));
  expect(warnings).toEqual([]);
  return new Map((manifestEntries ?? []).map((entry) => [entry.url, entry.revision]));
}

afterEach(() => {
  if (siteDir) rmSync(siteDir, { recursive: true, force: true });
});

describe("the offline copy's precache list", () => {
  it("holds every page, asset and search file of the build, and leaves out the host headers and unused search interfaces", async () => {
    const manifest = await manifestOf(writeSite(site));
    expect([...manifest.keys()].sort()).toEqual([
      "_astro/page.Ab12Cd34.js",
      "index.html",
      "lessons/first/index.html",
      "offline/index.html",
      "pagefind/index/en_1.pf_index",
      "pagefind/pagefind-entry.json",
      "pagefind/pagefind.js",
    ]);
  });

  it("revisions each file by its content: unchanged files keep their revision, changed ones get a new one", async () => {
    const before = await manifestOf(writeSite(site));
    rmSync(siteDir, { recursive: true, force: true });
    const after = await manifestOf(writeSite({ ...site, "lessons/first/index.html": "<h1>First, revised</h1>", "pagefind/pagefind-entry.json": '{"v":2}' }));
    expect(after.get("index.html")).toBe(before.get("index.html"));
    expect(after.get("lessons/first/index.html")).not.toBe(before.get("lessons/first/index.html"));
    expect(after.get("pagefind/pagefind-entry.json")).not.toBe(before.get("pagefind/pagefind-entry.json"));
    expect(before.get("index.html")).toMatch(/^[0-9a-f]{32}$/);
    // Astro's hashed file names are their revision already.
    expect(before.get("_astro/page.Ab12Cd34.js")).toBeNull();
  });
});

describe("the offline copy's worker", () => {
  it("is one self-contained file that drops old caches and answers unknown pages offline with the offline page", async () => {
    const dir = writeSite(site);
    const { filePaths, warnings } = await generateSW(offlineWorkerOptions(dir, "/course/"));
    expect(warnings).toEqual([]);
    expect(filePaths).toEqual([join(dir, "service-worker.js")]);
    const worker = readFileSync(join(dir, "service-worker.js"), "utf8");
    // No Workbox runtime fetched from a CDN or a second file: nothing is imported.
    expect(worker).not.toContain("importScripts");
    // cleanupOutdatedCaches: on activation, earlier precaches of this scope are deleted.
    expect(worker).toContain('"-precache-"');
    expect(worker).toContain('"/course/offline/index.html"');
    expect(worker).toContain("nocontact-offline");
    expect(worker).toContain('"lessons/first/index.html"');
  }, 60_000);
});
