import { readFileSync } from "node:fs";
import { join } from "node:path";

/** One search question and the lessons that answer it (tests/search/*.json). */
export interface SearchQuery {
  q: string;
  /** Slugs of the lessons that answer it. */
  expect: string[];
  /** True when the first of `expect` must be the top result. */
  first?: boolean;
}

/** The questions in one of the files in tests/search/, where search questions and their lessons are written once. */
export function searchQueries(name: "public-queries.json" | "reader-queries.json"): SearchQuery[] {
  return (JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "search", name), "utf8")) as { queries: SearchQuery[] }).queries;
}

/** A public question whose lesson must come first, for tests that follow one search to its lesson. */
export function firstPlaceQuery(): SearchQuery & { lesson: string } {
  const query = searchQueries("public-queries.json").find((candidate) => candidate.first);
  const lesson = query?.expect[0];
  if (!query || !lesson) throw new Error("tests/search/public-queries.json has no query marked first");
  return { ...query, lesson };
}
