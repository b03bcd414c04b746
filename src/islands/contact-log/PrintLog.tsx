import { contactLogTool } from "@ui-strings";
import { useState } from "preact/hooks";
import { fill } from "../../i18n/catalogue";
import { dateSpan, entriesBetween, type ContactEntry } from "../../lib/tools/contact-log";
import { formatDay, isDay, localDayOf } from "../../lib/tools/local-date-time";
import { entryWhen, methodNames, reportedNames } from "./entry-words";
import { describeField } from "../shared/field-problem";

interface Props {
  entries: readonly ContactEntry[];
  lang: string;
}

/**
 * The print options (title, date range) on screen, and the dated table that only print shows
 * (contact-log.css): the reader's title, the range, the entries, and the day it was printed.
 */
export default function PrintLog({ entries, lang }: Props) {
  const span = dateSpan(entries);
  const [title, setTitle] = useState(contactLogTool.printTitleDefault);
  // Until the reader picks dates, the range follows the log from its first entry to its last.
  const [pickedFrom, setFrom] = useState<string | undefined>(undefined);
  const [pickedTo, setTo] = useState<string | undefined>(undefined);
  const from = pickedFrom ?? span?.from ?? "";
  const to = pickedTo ?? span?.to ?? "";
  const rangeProblem = isDay(from) && isDay(to) && from > to;
  const chosen = rangeProblem ? [] : entriesBetween(entries, isDay(from) ? from : "", isDay(to) ? to : "");
  const shownFrom = isDay(from) ? from : span?.from ?? "";
  const shownTo = isDay(to) ? to : span?.to ?? "";

  return (
    <>
      <div class="contact-log__print-options" data-print="hide">
        <div class="tool-field">
          <label for="print-title">{contactLogTool.printTitleLabel}</label>
          <input id="print-title" type="text" value={title} onInput={(event) => setTitle(event.currentTarget.value)} />
        </div>
        {rangeProblem && (
          <p class="tool-field__problem" id="print-range-problem">
            {contactLogTool.printRangeProblem}
          </p>
        )}
        <div class="tool-form__row">
          <div class="tool-field">
            <label for="print-from">{contactLogTool.printFromLabel}</label>
            <input
              id="print-from"
              type="date"
              value={from}
              {...describeField(undefined, rangeProblem ? "print-range-problem" : undefined)}
              onInput={(event) => setFrom(event.currentTarget.value)}
            />
          </div>
          <div class="tool-field">
            <label for="print-to">{contactLogTool.printToLabel}</label>
            <input
              id="print-to"
              type="date"
              value={to}
              {...describeField(undefined, rangeProblem ? "print-range-problem" : undefined)}
              onInput={(event) => setTo(event.currentTarget.value)}
            />
          </div>
        </div>
        <p>{fill(contactLogTool.printCount, { count: chosen.length })}</p>
        <p class="tool-actions">
          <button type="button" class="button button--secondary" disabled={chosen.length === 0} onClick={() => window.print()}>
            {contactLogTool.printButton}
          </button>
        </p>
      </div>
      {chosen.length > 0 && (
        <div class="contact-log-print">
          <h2 class="contact-log-print__title">{title.trim() === "" ? contactLogTool.printTitleDefault : title}</h2>
          <p>{fill(contactLogTool.printRange, { from: formatDay(shownFrom, lang), to: formatDay(shownTo, lang) })}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{contactLogTool.columnDate}</th>
                <th scope="col">{contactLogTool.columnMethod}</th>
                <th scope="col">{contactLogTool.columnWhat}</th>
                <th scope="col">{contactLogTool.columnWitnesses}</th>
                <th scope="col">{contactLogTool.columnEvidence}</th>
                <th scope="col">{contactLogTool.columnReported}</th>
              </tr>
            </thead>
            <tbody>
              {chosen.map((entry) => (
                <tr key={entry.id}>
                  <td>{entryWhen(entry, lang)}</td>
                  <td>{methodNames[entry.method]}</td>
                  <td class="contact-log-print__text">{entry.what}</td>
                  <td class="contact-log-print__text">{entry.witnesses}</td>
                  <td class="contact-log-print__text">{entry.evidence}</td>
                  <td>
                    {reportedNames[entry.reported]}
                    {entry.policeReference !== "" && <span class="contact-log-print__detail">{fill(contactLogTool.printDetail, { label: contactLogTool.columnPoliceReference, value: entry.policeReference })}</span>}
                    {entry.officer !== "" && <span class="contact-log-print__detail">{fill(contactLogTool.printDetail, { label: contactLogTool.columnOfficer, value: entry.officer })}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{fill(contactLogTool.printMade, { when: formatDay(localDayOf(new Date()), lang) })}</p>
        </div>
      )}
    </>
  );
}
