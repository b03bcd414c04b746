/** Pronouns that would make the ex "he" or "she"; the course says "your ex" or "they". */
const gendered = /\b(he|she|him|his|her|hers|himself|herself)\b/gi;

/** Each gendered pronoun in text written in the course's voice, with some context to find it. */
export function genderedPronouns(text: string): string[] {
  return [...text.matchAll(gendered)].map((match) => {
    const start = Math.max(0, match.index - 30);
    return `"${match[0]}" in …${text.slice(start, match.index + match[0].length + 30).replace(/\s+/g, " ")}…`;
  });
}
