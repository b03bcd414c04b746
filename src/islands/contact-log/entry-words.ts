import { contactLogTool } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import type { ContactEntry, ContactLogLabels, ContactMethod, Reported } from "../../lib/tools/contact-log";
import { formatDay, formatTime } from "../../lib/tools/local-date-time";

/** Each way of making contact, as the form and the log name it. */
export const methodNames: Readonly<Record<ContactMethod, string>> = {
  call: contactLogTool.methodCall,
  text: contactLogTool.methodText,
  email: contactLogTool.methodEmail,
  "social-media": contactLogTool.methodSocialMedia,
  "in-person": contactLogTool.methodInPerson,
  "via-someone": contactLogTool.methodViaSomeone,
  other: contactLogTool.methodOther,
};

/** "No" and "Yes", for whether it was reported. */
export const reportedNames: Readonly<Record<Reported, string>> = { no: contactLogTool.reportedNo, yes: contactLogTool.reportedYes };

/** The words the CSV export uses. */
export const csvLabels: ContactLogLabels = {
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
  methods: methodNames,
  reported: reportedNames,
};

/** An entry's date, and time when known, in words: "Sunday, November 29, 2026, 6:30 PM". */
export function entryWhen(entry: Pick<ContactEntry, "date" | "time">, lang: string): string {
  const date = formatDay(entry.date, lang);
  return entry.time === "" ? date : fill(contactLogTool.dateAndTime, { date, time: formatTime(entry.date, entry.time, lang) });
}
