// A tiny static server for a built site, as a CDN would serve it (index.html for folders, gzip for
// text), on 127.0.0.1 only. The bench points Lighthouse and Chromium at it; no request leaves the machine.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { createGzip } from "node:zlib";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".wasm": "application/wasm",
};
// Pagefind's index files are gzipped already; compressing them again would only cost time.
const compressible = new Set([".html", ".css", ".js", ".json", ".svg", ".txt", ".xml"]);

/** The URL path decoded, or undefined for a malformed percent escape (such as `/%E0%A4%A`). */
function decodedPath(urlPath: string): string | undefined {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
}

/** True when `path` is `root` itself or inside it, comparing whole segments (`/site-old` is not inside `/site`). */
export function isInside(root: string, path: string): boolean {
  const base = normalize(root).replace(/[\\/]+$/, "");
  return path === base || path.startsWith(base + sep);
}

/** The file a decoded URL path maps to inside root, or undefined (also for paths that try to climb out). */
function fileFor(root: string, decoded: string): string | undefined {
  const path = normalize(join(root, decoded));
  if (!isInside(root, path)) return undefined;
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, "index.html") : path;
  return existsSync(file) ? file : undefined;
}

/** A running static server: its origin (http://127.0.0.1:<port>) and how to stop it. */
export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves root on `port` (a free one by default) at `base` ("/" or a sub-path such as "/no-contact/", as a
 * site built with SITE_BASE is put on its server: nothing outside it exists); resolves to its origin and a
 * close function.
 */
export function serveFolder(root: string, port = 0, base = "/"): Promise<StaticServer> {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://127.0.0.1");
    const decoded = decodedPath(pathname);
    if (decoded === undefined) return void response.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("Bad request: malformed URL.\n");
    const inBase = `${decoded}/`.startsWith(prefix);
    const file = (inBase ? fileFor(root, `/${decoded.slice(prefix.length)}`) : undefined) ?? fileFor(root, "/404.html");
    if (!file) return void response.writeHead(404).end();
    const status = file.endsWith("404.html") && !pathname.endsWith("404.html") ? 404 : 200;
    const extension = extname(file);
    const headers: Record<string, string> = { "content-type": types[extension] ?? "application/octet-stream" };
    if (compressible.has(extension) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
      response.writeHead(status, { ...headers, "content-encoding": "gzip" });
      createReadStream(file).pipe(createGzip()).pipe(response);
    } else {
      response.writeHead(status, headers);
      createReadStream(file).pipe(response);
    }
  });
  return new Promise<StaticServer>((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}
