import { readSearchQueries, searchQueryFiles, type SearchQuery } from "../../../tooling/search-queries.ts";

/** The questions in one of the files in tests/search/, where search questions and their lessons are written once. */
export function searchQueries(set: keyof typeof searchQueryFiles): SearchQuery[] {
  return readSearchQueries(searchQueryFiles[set]);
}

/** A public question whose lesson must come first, for tests that follow one search to its lesson. */
export function firstPlaceQuery(): SearchQuery & { lesson: string } {
  const query = searchQueries("public").find((candidate) => candidate.first);
  const lesson = query?.expect[0];
  if (!query || !lesson) throw new Error("tests/search/public-queries.json has no query marked first");
  return { ...query, lesson };
}
