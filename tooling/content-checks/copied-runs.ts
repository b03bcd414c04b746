/** How many consecutive words count as copying. */
export const COPY_RUN_WORDS = 8;

/** Lower-case words with punctuation removed, so case and punctuation can't hide a copy. */
export function normalisedWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

function runsOf(words: readonly string[], length: number): Set<string> {
  const runs = new Set<string>();
  for (let start = 0; start + length <= words.length; start++) runs.add(words.slice(start, start + length).join(" "));
  return runs;
}

/** Every run of `length` consecutive words that appears in both texts. */
export function copiedRuns(text: string, source: string, length = COPY_RUN_WORDS): string[] {
  const sourceRuns = runsOf(normalisedWords(source), length);
  return [...runsOf(normalisedWords(text), length)].filter((run) => sourceRuns.has(run));
}
