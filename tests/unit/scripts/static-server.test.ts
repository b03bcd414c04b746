import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isInside, serveFolder } from "../../../scripts/static-server.ts";

/** GETs a raw path (sent as written, not normalised by a URL parser) and returns the status and body. */
function get(origin: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const req = request({ hostname, port, path, method: "GET" }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the test server", () => {
  const parent = mkdtempSync(join(tmpdir(), "static-server-"));
  const root = join(parent, "site");
  let server: { origin: string; close: () => Promise<void> };

  beforeAll(async () => {
    mkdirSync(root);
    mkdirSync(join(parent, "site-secret"));
    writeFileSync(join(root, "index.html"), "home");
    writeFileSync(join(root, "404.html"), "not found");
    writeFileSync(join(parent, "site-secret", "secret.txt"), "secret");
    server = await serveFolder(root);
  });
  afterAll(() => server.close());

  it("answers 400 to a malformed percent escape, and keeps serving", async () => {
    expect((await get(server.origin, "/%E0%A4%A")).status).toBe(400);
    expect(await get(server.origin, "/")).toEqual({ status: 200, body: "home" });
  });

  it("never serves a sibling folder whose name starts with the root's", async () => {
    const response = await get(server.origin, "/..%2Fsite-secret/secret.txt");
    expect(response.body).not.toContain("secret");
    expect(response.status).toBe(404);
  });

  it("compares whole path segments", () => {
    expect(isInside("/srv/site", "/srv/site")).toBe(true);
    expect(isInside("/srv/site", "/srv/site/index.html")).toBe(true);
    expect(isInside("/srv/site/", "/srv/site/a/b.css")).toBe(true);
    expect(isInside("/srv/site", "/srv/site-secret/secret.txt")).toBe(false);
    expect(isInside("/srv/site", "/srv/sitemap.xml")).toBe(false);
    expect(isInside("/srv/site", "/srv")).toBe(false);
  });

  it("serves a sub-path build only under its base, and the 404 page elsewhere", async () => {
    const nested = await serveFolder(root, 0, "/no-contact/");
    try {
      expect(await get(nested.origin, "/no-contact/")).toEqual({ status: 200, body: "home" });
      expect(await get(nested.origin, "/no-contact")).toEqual({ status: 200, body: "home" });
      expect(await get(nested.origin, "/")).toEqual({ status: 404, body: "not found" });
      expect(await get(nested.origin, "/no-contactx/")).toEqual({ status: 404, body: "not found" });
      expect((await get(nested.origin, "/no-contact/..%2F..%2Fsite-secret/secret.txt")).body).not.toContain("secret");
    } finally {
      await nested.close();
    }
  });
});
