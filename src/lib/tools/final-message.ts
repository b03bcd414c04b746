import { fill } from "../../i18n/catalogue";
import { formatDay, formatTime, isDay, isTime } from "./local-date-time";

/** The ways of reaching the reader a final message can close, in the order the message names them. */
export const channels = ["phone", "text", "email", "social-media", "in-person"] as const;

/** One way of reaching the reader. */
export type Channel = (typeof channels)[number];

/** The longest line about the children's arrangements: a message that long is no longer short. */
export const MAX_CHILDREN_LINE = 200;

/** What the reader chose in the builder's form. */
export interface FinalMessageForm {
  /** The day contact stops, YYYY-MM-DD. */
  stopDay: string;
  /** The time on that day contact stops, HH:MM. */
  stopTime: string;
  /** The ways of reaching the reader that close; at least one. */
  channels: Channel[];
  /** How arrangements for the children will be made, in the reader's words; "" for no line. */
  children: string;
}

/** What is wrong with a form, field by field: the island maps each code to a catalogue message. */
export type FinalMessageProblem = "stop-day" | "stop-time" | "no-channel" | "children-too-long";

/**
 * The message's sentences, from the catalogue (so a second language is a second catalogue). `from`
 * takes `{date}` and `{time}`, `means` takes `{channels}`, `children` takes `{arrangement}`.
 */
export interface FinalMessageTemplates {
  over: string;
  from: string;
  means: string;
  children: string;
  heal: string;
  harassment: string;
  /** What each closed channel means, as a list item after "That means": "no calls". */
  channelNames: Readonly<Record<Channel, string>>;
}

/** The children's line as it goes into a sentence: one line, no closing full stop (the template has its own). */
function childrenArrangement(line: string): string {
  return line.replace(/\s+/g, " ").trim().replace(/[.!]+$/, "");
}

/** The problems in a form, none when the message can be built. */
export function checkFinalMessageForm(form: FinalMessageForm): FinalMessageProblem[] {
  const problems: FinalMessageProblem[] = [];
  if (!isDay(form.stopDay)) problems.push("stop-day");
  if (!isTime(form.stopTime)) problems.push("stop-time");
  if (!form.channels.some((channel) => channels.includes(channel))) problems.push("no-channel");
  if (childrenArrangement(form.children).length > MAX_CHILDREN_LINE) problems.push("children-too-long");
  return problems;
}

/**
 * The final message in the lesson's plain words: it is over, no contact from this date and time, every
 * closed channel named, time to heal, further contact treated as harassment. No reasons, nothing to argue
 * with. `lang` formats the date and time and joins the channels ("no calls, no texts, and no emails").
 * Call only with a form `checkFinalMessageForm` found no problem in.
 */
export function buildFinalMessage(form: FinalMessageForm, templates: FinalMessageTemplates, lang: string): string {
  const closed = channels.filter((channel) => form.channels.includes(channel)).map((channel) => templates.channelNames[channel]);
  const arrangement = childrenArrangement(form.children);
  return [
    templates.over,
    fill(templates.from, { date: formatDay(form.stopDay, lang), time: formatTime(form.stopDay, form.stopTime, lang) }),
    fill(templates.means, { channels: new Intl.ListFormat(lang, { type: "conjunction" }).format(closed) }),
    ...(arrangement === "" ? [] : [fill(templates.children, { arrangement })]),
    templates.heal,
    templates.harassment,
  ].join(" ");
}

/** A file name for a downloaded copy that does not say what is inside, for downloads someone else might see. */
export function messageFileName(savedAt: Date): string {
  return `message-${savedAt.toLocaleDateString("en-CA")}.txt`;
}
