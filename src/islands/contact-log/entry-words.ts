import { fill, type Catalogue } from "../../i18n/catalogue";
import type { ContactEntry, ContactLogLabels, ContactMethod, Reported } from "../../lib/tools/contact-log";
import { formatDay, formatTime } from "../../lib/tools/local-date-time";

/**
 * The log's catalogue namespace. The page passes it to the island as a prop rather than the island
 * importing it: an import would make the catalogue a chunk shared with lesson scripts.
 */
export type ContactLogStrings = Catalogue["contactLogTool"];

/** Each way of making contact, as the form and the log name it. */
export function methodNames(contactLogTool: ContactLogStrings): Record<ContactMethod, string> {
  return {
    call: contactLogTool.methodCall,
    text: contactLogTool.methodText,
    email: contactLogTool.methodEmail,
    "social-media": contactLogTool.methodSocialMedia,
    "in-person": contactLogTool.methodInPerson,
    "via-someone": contactLogTool.methodViaSomeone,
    other: contactLogTool.methodOther,
  };
}

/** "No" and "Yes", for whether it was reported. */
export function reportedNames(contactLogTool: ContactLogStrings): Record<Reported, string> {
  return { no: contactLogTool.reportedNo, yes: contactLogTool.reportedYes };
}

/** The words the CSV export uses. */
export function csvLabels(contactLogTool: ContactLogStrings): ContactLogLabels {
  return {
    headings: {
      date: contactLogTool.columnDate,
      time: contactLogTool.columnTime,
      method: contactLogTool.columnMethod,
      what: contactLogTool.columnWhat,
      witnesses: contactLogTool.columnWitnesses,
      evidence: contactLogTool.columnEvidence,
      reported: contactLogTool.columnReported,
      policeReference: contactLogTool.columnPoliceReference,
      officer: contactLogTool.columnOfficer,
    },
    methods: methodNames(contactLogTool),
    reported: reportedNames(contactLogTool),
  };
}

/** An entry's date, and time when known, in words: "Sunday, November 29, 2026, 6:30 PM". */
export function entryWhen(contactLogTool: ContactLogStrings, entry: Pick<ContactEntry, "date" | "time">, lang: string): string {
  const date = formatDay(entry.date, lang);
  return entry.time === "" ? date : fill(contactLogTool.dateAndTime, { date, time: formatTime(entry.date, entry.time, lang) });
}
