import { fill } from "../../i18n/catalogue";
import { contactLogTool as text } from "@ui-strings";
import type { ContactEntry, ContactLogLabels, ContactMethod, Reported } from "../../lib/tools/contact-log";
import { formatDay, formatTime } from "../../lib/tools/local-date-time";

/** Each way of making contact, as the form and the log name it. */
export const methodNames: Readonly<Record<ContactMethod, string>> = {
  call: text.methodCall,
  text: text.methodText,
  email: text.methodEmail,
  "social-media": text.methodSocialMedia,
  "in-person": text.methodInPerson,
  "via-someone": text.methodViaSomeone,
  other: text.methodOther,
};

export const reportedNames: Readonly<Record<Reported, string>> = { no: text.reportedNo, yes: text.reportedYes };

/** The words the CSV export uses. */
export const csvLabels: ContactLogLabels = {
  headings: {
    date: text.columnDate,
    time: text.columnTime,
    method: text.columnMethod,
    what: text.columnWhat,
    witnesses: text.columnWitnesses,
    evidence: text.columnEvidence,
    reported: text.columnReported,
    policeReference: text.columnPoliceReference,
    officer: text.columnOfficer,
  },
  methods: methodNames,
  reported: reportedNames,
};

/** An entry's date, and time when known, in words: "Sunday, November 29, 2026, 6:30 PM". */
export function entryWhen(entry: Pick<ContactEntry, "date" | "time">, lang: string): string {
  const date = formatDay(entry.date, lang);
  return entry.time === "" ? date : fill(text.dateAndTime, { date, time: formatTime(entry.date, entry.time, lang) });
}
