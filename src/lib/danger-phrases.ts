/**
 * Words and phrases in a search that suggest the reader may be in danger right now. The search page shows
 * the emergency numbers above any results when one matches. Each phrase is a regular expression matched
 * against the normalised query (see normaliseQuery): lower case, no punctuation, apostrophes dropped
 * ("won't" is "wont"), single spaces. Write stems and common phrasings, not one spelling per word, and keep
 * ordinary questions out ("he owes me money", "report stalking" must never match): the tests hold both.
 */

/** One kind of danger and the phrasings that suggest it. */
interface DangerTopic {
  /** What kind of danger, in plain words (for tests and for anyone reading the list). */
  topic: string;
  /** Regular-expression sources, matched as whole words against the normalised query. */
  phrases: readonly string[];
}

/** The reader's family and pets, however they write them. */
const family = "(?:kids?|children|child|sons?|daughters?|baby|babies|mum|mom|mother|dad|father|sister|brother|friend|dog|cat)";
/** Someone the reader may name as hurt or threatened ("pushed me away" is about feelings, so "away" and "out" are left out). */
const person = `(?:me|us|you|him|her|them|(?:my|our|the) ${family})(?! away| out)`;
/** The reader's children, however they write it. */
const children = "(?:my|our|the|his|her) (?:kids?|children|child|son|sons|daughters?|baby|babies)";

const dangerTopics: readonly DangerTopic[] = [
  {
    topic: "violence",
    phrases: [
      `(?:hit|hits|hitting|beat|beats|beating|beaten|punch\\w*|kick\\w*|slap\\w*|shov\\w*|push(?:ed|es|ing)?|thr[eo]w\\w*|attack\\w*|assault\\w*|smack\\w*|bit|bites|biting|grab\\w*|headbutt\\w*) ${person}`,
      "beat (?:me|us|her|him) up",
      "violen(?:t|ce)",
      "black eye",
      "bruis\\w*",
    ],
  },
  {
    topic: "strangulation or choking",
    phrases: ["strang(?:l|ul)\\w*", "chok(?:e|es|ed|ing) (?:me|us|her|him)", "(?:hands?|arm) (?:a?round|on) my (?:neck|throat)", "couldnt breathe"],
  },
  {
    topic: "threats to kill",
    phrases: [
      "kill(?:s|ed)? (?:me|us|you|my|our|the)",
      "(?:going to|gonna|will|would|wants? to|threat\\w*(?: to)?|said (?:he|she|they)d|hell|shell|theyll) kill",
      "murder\\w*",
      "death threats?",
      "threat\\w* (?:to )?(?:hurt|harm|kill)",
      "(?:scared|afraid|fear\\w*) for (?:my|our) li(?:fe|ves)",
      "in danger",
      "not safe",
      "(?:dont|do not) feel safe",
      "unsafe",
    ],
  },
  {
    topic: "weapons",
    phrases: ["guns?", "firearms?", "weapons?", "knife", "knives", "pistol", "rifle", "shotgun", "machete", "stab\\w*", "sho(?:o)?t(?:ing)? (?:at )?(?:me|us)"],
  },
  {
    topic: "sexual violence",
    phrases: [
      "rap(?:e|ed|es|ing|ist)",
      "sexual(?:ly)? (?:assault\\w*|abus\\w*|attack\\w*)",
      "(?:forced|forces|forcing|made|makes|pressured) (?:me )?(?:to have |into )?sex",
      "without (?:my )?consent",
      // "Non-molestation order" is the name of a court order, asked about in ordinary questions.
      "(?<!non )molest\\w*",
    ],
  },
  {
    topic: "suicide or self-harm",
    phrases: [
      "suicid\\w*",
      "kill(?:ing)? myself",
      "end(?:ing)? (?:my life|it all)",
      "take my (?:own )?life",
      "(?:want(?:ed)? to|wanna) die",
      "(?:dont|do not) want to (?:live|be alive|be here)",
      "self ?harm\\w*",
      "(?:cut|cutting|hurt|hurting|harm|harming) myself",
      "overdos\\w*",
      "better off dead",
      "no reason to live",
    ],
  },
  {
    topic: "the ex at the door or following them",
    phrases: [
      "(?:at|outside|banging on|knocking on|kicking|breaking|broke into|broken into|break into|trying to get into|watching) (?:my|our|the) (?:door|house|home|flat|apartment|window|windows|work|car|school)",
      "(?:break|breaking|broke|broken) (?:in|down the door)",
      "(?:wont|will not|refuses to) leave (?:my|our|the) (?:house|home|flat|door|property)",
      "(?:is|hes|shes|theyre|theyve been|keeps) (?:outside|here)",
      "(?:follow|follows|followed|following|stalk|stalks|stalked|stalking|tracking|tracked|watching) (?:me|us)",
      "tracker on my",
    ],
  },
  {
    topic: "threats about the children",
    phrases: [
      `(?:snatch\\w*|kidnap\\w*|abduct\\w*|hurt|hurts|hurting|harm|harms|harming) ${children}`,
      `threat\\w*.* ${children}`,
      `(?:take|takes|took|taking|taken) ${children} (?:away|and (?:run|ran|leave|left|disappear\\w*))`,
      `never see ${children}`,
    ],
  },
];

/** The query as the phrases expect it: lower case, apostrophes dropped, other punctuation as spaces. */
export function normaliseQuery(query: string): string {
  return query
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const compiled = dangerTopics.map((topic) => ({
  topic: topic.topic,
  pattern: new RegExp(`(?:^| )(?:${topic.phrases.join("|")})(?= |$)`),
}));

/** The kinds of danger a search suggests, in list order; empty for an ordinary question. */
export function dangerIn(query: string): string[] {
  const text = normaliseQuery(query);
  return compiled.filter(({ pattern }) => pattern.test(text)).map(({ topic }) => topic);
}
