// The search questions readers ask and the lessons that answer them: read by the browser tests
// (tests/e2e/) and the search evaluation (scripts/eval-search.ts) from the same files.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectDir } from "./built-site.ts";

/** One search question and the lessons that answer it. */
export interface SearchQuery {
  /** The question, in a reader's own words. */
  q: string;
  /** Slugs of the lessons accepted as answers. */
  expect: string[];
  /** True when the first of `expect` must be the top result. */
  first?: boolean;
}

/** The question files in tests/search/: the public questions, and our own reader questions. */
export const searchQueryFiles = {
  public: join(projectDir, "tests", "search", "public-queries.json"),
  reader: join(projectDir, "tests", "search", "reader-queries.json"),
} as const;

/** The questions in a query file (`{ "queries": [...] }`). */
export function readSearchQueries(file: string): SearchQuery[] {
  return (JSON.parse(readFileSync(file, "utf8")) as { queries: SearchQuery[] }).queries;
}
