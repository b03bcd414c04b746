import { isRecord, salvageList, type Salvaged } from "../storage/versioned-store";

/** The things the "what I keep ready" checklist starts with; their words live in the string catalogue. */
export const readyItemIds = ["documents", "keys", "money", "medicines", "phone-and-charger", "childrens-things"] as const;
export type ReadyItemId = (typeof readyItemIds)[number];

/** The plan's free-text answers, one per box on the page. */
export const planTextFields = [
  "title",
  "trustedPeople",
  "codeWord",
  "safePlaces",
  "readyWhere",
  "atTheDoor",
  "childrenSchool",
  "childrenCollect",
] as const;
export type PlanTextField = (typeof planTextFields)[number];

/** Something the reader added to the "keep ready" checklist. */
export interface OwnItem {
  /** Made when the item is added; never shown. */
  id: string;
  /** The item, in the reader's words. */
  text: string;
  /** Ticked: it is ready. */
  done: boolean;
}

/** A number the reader added to "numbers I need". */
export interface OwnNumber {
  /** Made when the row is added; never shown. */
  id: string;
  /** Whose number it is, in the reader's words. */
  name: string;
  /** The number as the reader typed it. */
  number: string;
}

/**
 * The reader's safety plan (stored as version 1 under `nocontact:safety-plan`). Every part is optional:
 * an empty string or list means the reader has not filled it in. It is one plain object, so a lock can
 * seal the whole of it and `parsePlan` can read it back after unsealing.
 */
export type SafetyPlan = Record<PlanTextField, string> & {
  /** Ids of the starting checklist items that are ready. */
  readyTicked: ReadyItemId[];
  /** Checklist items the reader added. */
  ownItems: OwnItem[];
  /** The phone-and-account steps done, as the lesson words them (so a reworded step keeps its tick visible). */
  phoneSteps: string[];
  /** The help-page region id whose numbers the reader chose, or "" for none yet. */
  country: string;
  /** Numbers the reader added. */
  ownNumbers: OwnNumber[];
  /** Print the site's name and address at the foot of the sheet (off unless the reader ticks it). */
  showSite: boolean;
};

export const emptyPlan: SafetyPlan = {
  title: "",
  trustedPeople: "",
  codeWord: "",
  safePlaces: "",
  readyWhere: "",
  atTheDoor: "",
  childrenSchool: "",
  childrenCollect: "",
  readyTicked: [],
  ownItems: [],
  phoneSteps: [],
  country: "",
  ownNumbers: [],
  showSite: false,
};

const idPattern = /^[a-z0-9-]{1,64}$/;
const isReadyId = (value: unknown): value is ReadyItemId => readyItemIds.some((id) => id === value);

function parseOwnItem(raw: unknown): OwnItem | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, text, done } = raw;
  if (typeof id !== "string" || !idPattern.test(id) || typeof text !== "string" || typeof done !== "boolean") return undefined;
  return { id, text, done };
}

function parseOwnNumber(raw: unknown): OwnNumber | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, name, number } = raw;
  if (typeof id !== "string" || !idPattern.test(id) || typeof name !== "string" || typeof number !== "string") return undefined;
  return { id, name, number };
}

/** Keeps each valid entry of a list field and counts the others; a missing field is empty, one that is not a list at all counts as one. */
function salvageField<T>(raw: unknown, parse: (entry: unknown) => T | undefined): Salvaged<T[]> {
  if (raw === undefined) return { value: [], dropped: 0 };
  return salvageList(raw, parse) ?? { value: [], dropped: 1 };
}

/**
 * The valid parts of a stored plan, part by part and entry by entry: one damaged answer or list item
 * is dropped (and counted) and everything else is kept. Undefined only when `raw` is not an object.
 */
export function parsePlan(raw: unknown): Salvaged<SafetyPlan> | undefined {
  if (!isRecord(raw)) return undefined;
  let dropped = 0;
  const plan: SafetyPlan = { ...emptyPlan };
  for (const field of planTextFields) {
    const value = raw[field];
    if (typeof value === "string") plan[field] = value;
    else if (value !== undefined) dropped++;
  }
  const lists = [
    ["readyTicked", salvageField(raw["readyTicked"], (entry) => (isReadyId(entry) ? entry : undefined))],
    ["ownItems", salvageField(raw["ownItems"], parseOwnItem)],
    ["phoneSteps", salvageField(raw["phoneSteps"], (entry) => (typeof entry === "string" ? entry : undefined))],
    ["ownNumbers", salvageField(raw["ownNumbers"], parseOwnNumber)],
  ] as const;
  for (const [, list] of lists) dropped += list.dropped;
  plan.readyTicked = [...new Set(lists[0][1].value)];
  plan.ownItems = lists[1][1].value;
  plan.phoneSteps = [...new Set(lists[2][1].value)];
  plan.ownNumbers = lists[3][1].value;
  const { country, showSite } = raw;
  if (typeof country === "string" && (country === "" || idPattern.test(country))) plan.country = country;
  else if (country !== undefined) dropped++;
  if (typeof showSite === "boolean") plan.showSite = showSite;
  else if (showSite !== undefined) dropped++;
  return { value: plan, dropped };
}
