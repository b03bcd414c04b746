import { fill } from "../../i18n/catalogue";
import { contactLogTool as text } from "@ui-strings";
import type { ContactEntry } from "../../lib/tools/contact-log";
import { entryWhen, methodNames, reportedNames } from "./entry-words";

interface Props {
  /** In chronological order. */
  entries: readonly ContactEntry[];
  lang: string;
  /** False when storage can't be written (blocked, newer version): entries are shown without edit or delete. */
  editable: boolean;
  onEdit: (entry: ContactEntry) => void;
  onDelete: (entry: ContactEntry) => void;
}

/** The log on screen, oldest first: each entry's facts as a description list. Reader text is rendered as text. */
export default function EntryList({ entries, lang, editable, onEdit, onDelete }: Props) {
  return (
    <section class="contact-log__entries" aria-labelledby="entries-heading" data-print="hide">
      <h2 id="entries-heading">{text.entriesHeading}</h2>
      {entries.length === 0 ? (
        <p>{text.empty}</p>
      ) : (
        <ol class="contact-log__list">
          {entries.map((entry) => {
            const when = entryWhen(entry, lang);
            const facts: [string, string][] = [
              [text.columnMethod, methodNames[entry.method]],
              [text.columnWhat, entry.what],
              [text.columnWitnesses, entry.witnesses],
              [text.columnEvidence, entry.evidence],
              [text.columnReported, reportedNames[entry.reported]],
              [text.columnPoliceReference, entry.policeReference],
              [text.columnOfficer, entry.officer],
            ];
            return (
              <li class="contact-log__entry" key={entry.id}>
                <h3>{when}</h3>
                <dl>
                  {facts
                    .filter(([, value]) => value.trim() !== "")
                    .map(([label, value]) => (
                      <div key={label}>
                        <dt>{label}</dt>
                        <dd>{value}</dd>
                      </div>
                    ))}
                </dl>
                {editable && (
                  <p class="tool-actions">
                    <button type="button" class="button button--secondary" aria-label={fill(text.editButtonName, { when })} onClick={() => onEdit(entry)}>
                      {text.editButton}
                    </button>
                    <button type="button" class="button button--secondary" aria-label={fill(text.deleteButtonName, { when })} onClick={() => onDelete(entry)}>
                      {text.deleteButton}
                    </button>
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
