import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { createIndex, close } from "pagefind";

/**
 * Builds the Pagefind index from the final HTML inside `astro build`, so one command
 * produces a searchable site. Only elements marked `data-pagefind-body` (lesson text) are indexed.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: "no-contact:search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind write failed: ${written.errors.join("; ")}`);
        logger.info(`Read ${added.page_count} pages; indexed the lesson text marked data-pagefind-body.`);
        await close();
      },
    },
  };
}
