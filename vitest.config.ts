import { defineConfig } from "vitest/config";

// Unit tests only; Playwright's specs live in tests/e2e and run against the built site.
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    reporters: ["default", "json"],
    outputFile: { json: "reports/unit.json" },
  },
});
