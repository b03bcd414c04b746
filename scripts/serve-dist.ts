// Serves a built site for the browser tests: `node scripts/serve-dist.ts <port>` serves the real build
// (dist/, or SITE_OUT_DIR) at the root; `node scripts/serve-dist.ts <port> fixture` serves the fixture
// course's build at its sub-path (tooling/fixture-course.ts).
// A plain static server (not `astro preview`, which allows one instance per project) so parallel runs can't collide.
import { distDir, requireBuild } from "../tooling/built-site.ts";
import { fixtureBase, fixtureOutDir } from "../tooling/fixture-course.ts";
import { serveFolder } from "./static-server.ts";

const fixture = process.argv[3] === "fixture";
const dir = fixture ? fixtureOutDir : distDir();
const base = fixture ? fixtureBase : "/";
requireBuild(dir);
const { origin } = await serveFolder(dir, Number(process.argv[2] ?? 4329), base);
console.log(`Serving ${dir} at ${origin}${base}`);
