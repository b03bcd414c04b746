import { contactLogTool } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
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
    <section class="contact-log__entries tool-saved" aria-labelledby="entries-heading" data-print="hide">
      <h2 id="entries-heading">{contactLogTool.entriesHeading}</h2>
      {entries.length === 0 ? (
        <p>{contactLogTool.empty}</p>
      ) : (
        <ol class="tool-saved__list">
          {entries.map((entry) => {
            const when = entryWhen(entry, lang);
            const facts: [string, string][] = [
              [contactLogTool.columnMethod, methodNames[entry.method]],
              [contactLogTool.columnWhat, entry.what],
              [contactLogTool.columnWitnesses, entry.witnesses],
              [contactLogTool.columnEvidence, entry.evidence],
              [contactLogTool.columnReported, reportedNames[entry.reported]],
              [contactLogTool.columnPoliceReference, entry.policeReference],
              [contactLogTool.columnOfficer, entry.officer],
            ];
            return (
              <li class="contact-log__entry tool-saved__item" key={entry.id}>
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
                    <button type="button" class="button button--secondary" aria-label={fill(contactLogTool.editButtonName, { when })} onClick={() => onEdit(entry)}>
                      {contactLogTool.editButton}
                    </button>
                    <button type="button" class="button button--secondary" aria-label={fill(contactLogTool.deleteButtonName, { when })} onClick={() => onDelete(entry)}>
                      {contactLogTool.deleteButton}
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
