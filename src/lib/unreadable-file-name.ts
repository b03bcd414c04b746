/** A file name for a downloaded set-aside copy that does not say what is inside, like every download's name. */
export function unreadableFileName(now: Date): string {
  return `saved-data-${now.toLocaleDateString("en-CA")}.txt`;
}
