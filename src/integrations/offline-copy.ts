import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { generateSW } from "workbox-build";
import { offlineWorkerOptions } from "../lib/offline-worker";

/**
 * After the build (search index and host files written), generates the offline copy's service worker with
 * its precache list of every file of this build. Nothing registers it until a reader opts in on /safety/.
 */
export default function offlineCopy(): AstroIntegration {
  let base = "/";
  return {
    name: "no-contact:offline-copy",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const options = offlineWorkerOptions(fileURLToPath(dir), base);
        const { count, size, warnings, filePaths } = await generateSW(options);
        if (warnings.length > 0) throw new Error(`Offline copy: ${warnings.join("; ")}`);
        const workerBytes = filePaths.reduce((total, path) => total + statSync(path).size, 0);
        logger.info(`Offline copy worker (${workerBytes} bytes) precaches ${count} files, ${Math.round(size / 1024)} kB.`);
      },
    },
  };
}
