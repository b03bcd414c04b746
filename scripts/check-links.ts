// Checks the built site's links: every internal link, #anchor and asset must resolve; external links
// are listed, never fetched. `npm run check:links` after `npm run build` (honours SITE_OUT_DIR).
import { relative } from "node:path";
import { LinkChecker } from "linkinator";
import { distDir, htmlFiles, requireBuild } from "../tooling/built-site.ts";
import { brokenReason, classifyLink, summarizeLinks, type BrokenLink } from "./link-report.ts";

const dir = distDir();
requireBuild(dir);

/** Linkinator serves the folder itself on localhost; we skip anything else so nothing leaves the machine. */
async function scan(siteDir: string) {
  const checker = new LinkChecker();
  let origin = "";
  checker.on("pagestart", (url) => {
    origin ||= new URL(url).origin;
  });
  const { links } = await checker.check({
    // Every page, not only those linked from home, so orphans such as 404.html are checked too.
    path: htmlFiles(siteDir).map((file) => relative(siteDir, file)),
    serverRoot: siteDir,
    recurse: true,
    checkCss: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 10_000,
    linksToSkip: async (link: string) => classifyLink(link, origin) !== "internal",
  });
  return { links, origin };
}

function printBroken(broken: readonly BrokenLink[]): void {
  console.error(`\nBroken internal links, anchors or assets: ${broken.length}`);
  for (const entry of broken) {
    const { url, pages } = entry;
    const shown = pages.slice(0, 3).join(", ") + (pages.length > 3 ? ` and ${pages.length - 3} more` : "");
    console.error(`  ${url} (${brokenReason(entry)}) linked from ${pages.length} page(s): ${shown}`);
  }
}

function printExternal(external: readonly { url: string; pages: number }[]): void {
  console.log(`External links (listed, not fetched): ${external.length}`);
  for (const { url, pages } of external) console.log(`  ${url}  (on ${pages} page${pages === 1 ? "" : "s"})`);
}

const { links, origin } = await scan(dir);
const summary = summarizeLinks(links, origin);
console.log(`Internal links, anchors and assets checked: ${summary.internalChecked} (${dir})`);
printExternal(summary.external);
if (summary.broken.length > 0) {
  printBroken(summary.broken);
  process.exit(1);
}
console.log("All internal links resolve.");
