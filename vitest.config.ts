import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests only; Playwright's specs live in tests/e2e and run against the built site.
export default defineConfig({
  resolve: { alias: { "@ui-strings": fileURLToPath(new URL("./src/i18n/en/index.ts", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    reporters: ["default", "json"],
    outputFile: { json: "reports/unit.json" },
  },
});
