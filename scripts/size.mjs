// Prints the gzip weight of the main page types of the built site: `npm run size` after `npm run build`.
import { existsSync } from "node:fs";
import { measurePage } from "./page-weight.mjs";

const distDir = new URL("../dist/", import.meta.url).pathname;
if (!existsSync(distDir)) {
  console.error("No dist/ folder: run `npm run build` first.");
  process.exit(1);
}

const pages = {
  home: "/",
  lesson: "/lessons/establishing-no-contact/",
  search: "/search/",
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log("page     HTML gz    CSS gz     JS gz (at load)");
for (const [name, path] of Object.entries(pages)) {
  const { html, css, js } = measurePage(distDir, path);
  console.log(`${name.padEnd(8)} ${kb(html).padEnd(10)} ${kb(css).padEnd(10)} ${kb(js)}`);
}
