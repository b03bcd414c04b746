// Serves the built site for the browser tests: `node scripts/serve-dist.ts <port>`.
// A plain static server (not `astro preview`, which allows one instance per project) so parallel runs can't collide.
import { distDir, requireBuild } from "../tooling/built-site.ts";
import { serveFolder } from "./static-server.ts";

const dir = distDir();
requireBuild(dir);
const { origin } = await serveFolder(dir, Number(process.argv[2] ?? 4329));
console.log(`Serving ${dir} at ${origin}/`);
