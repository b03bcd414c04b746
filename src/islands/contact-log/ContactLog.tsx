import { contactLogTool, locale, toolStorage } from "@ui-strings";
import { useEffect, useRef, useState } from "preact/hooks";
import { fill } from "../../i18n/catalogue";
import { contactLogRows, emptyEntryFields, fieldsOf, logFileName, withEntry, withoutEntry, type ContactEntry, type ContactEntryFields } from "../../lib/tools/contact-log";
import { toCsv } from "../../lib/tools/csv";
import { localDayOf } from "../../lib/tools/local-date-time";
import { contactLogSchema } from "../../lib/storage/contact-log-store";
import { downloadText } from "../../lib/download-text";
import { onErased } from "../../lib/storage/erase-signal";
import { storageKeys } from "../../lib/storage/storage-keys";
import { shownValue } from "../../lib/storage/store-view";
import { useEnhanced } from "../shared/use-enhanced";
import { useSensitiveStore } from "../shared/use-sensitive-store";
import { StoreNotice, toolFailureMessage } from "../shared/tool-storage";
import ToolLocked from "../shared/ToolLocked";
import ConfirmDialog from "../shared/ConfirmDialog";
import EntryForm from "./EntryForm";
import EntryList from "./EntryList";
import PrintLog from "./PrintLog";
import { csvLabels, entryWhen } from "./entry-words";

interface Props {
  /** The harassment lesson, for readers without scripts. */
  lessonHref: string;
}

/**
 * The unwanted-contact log: a form to add or edit an entry, the entries oldest first, export as CSV
 * and a printable dated table. Everything stays in this browser.
 */
export default function ContactLog({ lessonHref }: Props) {
  const enhanced = useEnhanced();
  // The log is the reader's own words: sealed by the one passphrase.
  const { store, view, reload } = useSensitiveStore(contactLogSchema);
  const [editing, setEditing] = useState<ContactEntry | undefined>(undefined);
  const [deleting, setDeleting] = useState<ContactEntry | undefined>(undefined);
  const [status, setStatus] = useState("");
  const statusLine = useRef<HTMLParagraphElement>(null);
  /** Counts erasures: the tool's parts are rebuilt empty, so no unsaved words linger after "Erase everything". */
  const [erasures, setErasures] = useState(0);
  const lang = locale.intl;
  const entries = shownValue(view)?.entries ?? [];

  useEffect(
    () =>
      onErased(storageKeys.contactLog, () => {
        setEditing(undefined);
        setDeleting(undefined);
        setStatus("");
        setErasures((count) => count + 1);
      }),
    [],
  );

  /** Says what happened; when the control the reader used has gone, focus moves to the message. */
  const announce = (message: string, moveFocus = false) => {
    setStatus(message);
    if (moveFocus) statusLine.current?.focus();
  };

  const save = async (fields: ContactEntryFields): Promise<boolean> => {
    const id = editing?.id ?? crypto.randomUUID();
    const result = await store.change((stored) => ({ entries: withEntry(stored.entries, id, fields, new Date()) }));
    if (!result.ok) {
      announce(toolFailureMessage(result.reason));
      return false;
    }
    announce(editing ? contactLogTool.updated : contactLogTool.added, editing !== undefined);
    setEditing(undefined);
    return true;
  };

  const onDeleteClosed = async (confirmed: boolean) => {
    const chosen = deleting;
    setDeleting(undefined);
    if (!confirmed || !chosen) return;
    const result = await store.change((stored) => ({ entries: withoutEntry(stored.entries, chosen.id) }));
    if (result.ok && editing?.id === chosen.id) setEditing(undefined);
    announce(result.ok ? contactLogTool.deleted : toolFailureMessage(result.reason), result.ok);
  };

  const exportCsv = () => {
    const now = new Date();
    downloadText(logFileName(now), toCsv(contactLogRows(entries, csvLabels)), "text/csv");
    announce(toolStorage.downloaded);
  };

  const startEditing = (entry: ContactEntry) => {
    setEditing(entry);
    setStatus("");
    // The form is above the list: bring the reader to it.
    requestAnimationFrame(() => document.getElementById("entry-date")?.focus());
  };

  return (
    <div class="contact-log" data-enhanced={enhanced ? "" : undefined}>
      <p class="tool-no-js" data-no-js>
        {contactLogTool.noScript} <a href={lessonHref}>{contactLogTool.lessonLink}</a>
      </p>
      {enhanced && view.state !== "loading" && (
        <div data-needs-js key={erasures}>
          <StoreNotice view={view} />
          {view.state === "locked" && <ToolLocked idPrefix="contact-log" onUnlocked={reload} />}
          {/* Locked (another tab set the passphrase), the form is hidden but kept, so words typed in it are not lost. */}
          {(view.state === "ready" || view.state === "locked") && (
            <div hidden={view.state === "locked"}>
            <EntryForm
              key={editing?.id ?? "new"}
              heading={editing ? fill(contactLogTool.editHeading, { when: entryWhen(editing, lang) }) : contactLogTool.addHeading}
              initial={editing ? fieldsOf(editing) : emptyEntryFields(localDayOf(new Date()))}
              editing={editing !== undefined}
              onSave={save}
              onCancel={() => setEditing(undefined)}
              announce={announce}
            />
            </div>
          )}
          <p class="tool-status" role="status" tabIndex={-1} ref={statusLine} data-print="hide">
            {status}
          </p>
          {view.state !== "locked" && <EntryList entries={entries} lang={lang} editable={view.state === "ready"} onEdit={startEditing} onDelete={setDeleting} />}
          {entries.length > 0 && (
            <section class="contact-log__export tool-saved" aria-labelledby="export-heading">
              <h2 id="export-heading" data-print="hide">
                {contactLogTool.exportHeading}
              </h2>
              <p data-print="hide">{contactLogTool.exportIntro}</p>
              <p class="tool-actions" data-print="hide">
                <button type="button" class="button button--secondary" onClick={exportCsv}>
                  {contactLogTool.exportButton}
                </button>
              </p>
              <PrintLog entries={entries} lang={lang} />
            </section>
          )}
          {deleting && (
            <ConfirmDialog
              heading={contactLogTool.deleteHeading}
              body={fill(contactLogTool.deleteBody, { when: entryWhen(deleting, lang) })}
              confirmLabel={toolStorage.deleteIt}
              cancelLabel={toolStorage.keepIt}
              onClose={(confirmed) => void onDeleteClosed(confirmed)}
            />
          )}
        </div>
      )}
    </div>
  );
}
