// `npm run size`: the gzip weight of HTML, CSS and JS for each main page type of the built site
// (run `npm run build` first; honours SITE_OUT_DIR). `npm run bench` prints the same table.
import { distDir, requireBuild } from "../tooling/built-site.ts";
import { printWeights, weightRows } from "./page-weight-table.ts";

const dir = distDir();
requireBuild(dir);
printWeights(weightRows(dir));
