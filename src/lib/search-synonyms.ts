/**
 * Words that mean the same thing to a reader, where Pagefind's English stemming does not join them
 * ("kids" and "children", "stalking" and "following"). Searching for one word of a group also
 * searches the others; a page that matches any of them matches that word of the query.
 *
 * Rules for this table:
 * - A group joins words a reader would use for the same thing. It never names a page or a lesson,
 *   and never maps one question to one answer: the lessons' own words decide where a word leads.
 * - One form per stem is enough (Pagefind stems "texts" and "texting" to "text" already); add a
 *   second form only when stemming would not reach it ("stole", "stolen").
 * - Lower-case single words; a word belongs to one group at most (tests check both).
 */
export const synonymGroups: readonly (readonly string[])[] = [
  // Words for the same people or acts.
  ["kids", "children", "child"],
  ["stalking", "following", "stalker"],
  ["texting", "messaging", "texts", "messages", "dms", "whatsapp"],
  ["calling", "phoning", "ringing"],
  // At the door.
  ["knocking", "banging", "pounding", "hammering"],
  ["showing", "shows", "showed", "turning", "turns"],
  ["phone", "mobile", "cellphone"],
  ["instagram", "facebook", "snapchat", "tiktok", "social"],
  ["tracking", "tracker", "location", "gps"],
  ["email", "emails", "inbox"],
  ["scared", "afraid", "frightened", "terrified"],
  ["anxiety", "anxious", "panic", "nervous"],
  ["counselling", "counseling", "counsellor", "counselor", "therapy", "therapist"],
  // "Beat" is left out: "don't beat yourself up" is about blame, not violence.
  ["hit", "punched", "slapped", "kicked", "pushed", "shoved", "grabbed", "beaten", "attacked", "assaulted", "violent", "violence"],
  // Readers name strangling by where it was done: "grabbed me by the throat".
  ["strangled", "choked", "throat"],
  // Stemming gives "threat" and "threaten": "threatened" alone would miss "threats".
  ["threatened", "threat"],
  ["raped", "rape", "forced", "forcing"],
  ["weapon", "gun", "knife"],
  ["die", "suicidal", "suicide"],
  ["shame", "ashamed"],
  ["breakup", "split", "separated"],
  ["court", "judge", "magistrate"],
  ["coworker", "colleague", "workmate", "boss", "manager"],
  // "Parents" is left out: it would lead to co-parenting, which is about the reader's own children.
  ["family", "relatives", "mum", "mom", "mother", "dad", "father", "sister", "brother"],
  // Irregular forms of one verb, which stemming cannot join.
  ["steal", "stole", "stolen"],
  ["break", "broke", "broken"],
  ["tell", "told"],
  ["find", "found"],
  ["send", "sent"],
];

const groupOf = new Map<string, readonly string[]>(synonymGroups.flatMap((group) => group.map((word) => [word, group] as const)));

/** The word and every word that means the same to a reader, the word first. */
export function formsOf(word: string): string[] {
  const group = groupOf.get(word);
  return group ? [word, ...group.filter((other) => other !== word)] : [word];
}

/** Whether two words belong to one synonym group (or are the same word). */
export function sameMeaning(a: string, b: string): boolean {
  return a === b || (groupOf.get(a) !== undefined && groupOf.get(a) === groupOf.get(b));
}
