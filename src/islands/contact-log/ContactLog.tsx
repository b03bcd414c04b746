import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { fill } from "../../i18n/catalogue";
import { contactLogRows, emptyEntryFields, fieldsOf, logFileName, withEntry, withoutEntry, type ContactEntry, type ContactEntryFields } from "../../lib/tools/contact-log";
import { toCsv } from "../../lib/tools/csv";
import { localDayOf } from "../../lib/tools/local-date-time";
import { createContactLogStore, emptyContactLog } from "../../lib/storage/contact-log-store";
import { downloadText } from "../../lib/download-text";
import { onErased } from "../../lib/storage/erase-signal";
import { storageKeys } from "../../lib/storage/storage-keys";
import { useEnhanced } from "../shared/use-enhanced";
import { useStore } from "../shared/use-store";
import { StoreNotice, toolFailureMessage, type ToolStorageStrings } from "../shared/tool-storage";
import ConfirmDialog from "../shared/ConfirmDialog";
import EntryForm from "./EntryForm";
import EntryList from "./EntryList";
import PrintLog from "./PrintLog";
import { csvLabels, entryWhen, type ContactLogStrings } from "./entry-words";

interface Props {
  /** The catalogue namespaces, passed by the page (see entry-words.ts). */
  contactLogTool: ContactLogStrings;
  toolStorage: ToolStorageStrings;
  /** The harassment lesson, for readers without scripts. */
  lessonHref: string;
}

/**
 * The unwanted-contact log: a form to add or edit an entry, the entries oldest first, export as CSV
 * and a printable dated table. Everything stays in this browser.
 */
export default function ContactLog({ contactLogTool, toolStorage, lessonHref }: Props) {
  const enhanced = useEnhanced();
  const store = useMemo(() => createContactLogStore(), []);
  const view = useStore(store, emptyContactLog);
  const [editing, setEditing] = useState<ContactEntry | undefined>(undefined);
  const [deleting, setDeleting] = useState<ContactEntry | undefined>(undefined);
  const [status, setStatus] = useState("");
  const statusLine = useRef<HTMLParagraphElement>(null);
  /** Counts erasures: the tool's parts are rebuilt empty, so no unsaved words linger after "Erase everything". */
  const [erasures, setErasures] = useState(0);
  const lang = enhanced ? document.documentElement.lang : "en";
  const entries = view.state === "loading" ? [] : view.value.entries;

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
    const result = await store.update((stored) => ({ entries: withEntry(stored.entries, id, fields, new Date()) }), emptyContactLog);
    if (!result.ok) {
      announce(toolFailureMessage(toolStorage, result.reason));
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
    const result = await store.update((stored) => ({ entries: withoutEntry(stored.entries, chosen.id) }), emptyContactLog);
    if (result.ok && editing?.id === chosen.id) setEditing(undefined);
    announce(result.ok ? contactLogTool.deleted : toolFailureMessage(toolStorage, result.reason), result.ok);
  };

  const exportCsv = () => {
    const now = new Date();
    downloadText(logFileName(now), toCsv(contactLogRows(entries, csvLabels(contactLogTool))), "text/csv");
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
          <StoreNotice view={view} toolStorage={toolStorage} />
          {view.state === "ready" && (
            <EntryForm
              contactLogTool={contactLogTool}
              key={editing?.id ?? "new"}
              heading={editing ? fill(contactLogTool.editHeading, { when: entryWhen(contactLogTool, editing, lang) }) : contactLogTool.addHeading}
              initial={editing ? fieldsOf(editing) : emptyEntryFields(localDayOf(new Date()))}
              editing={editing !== undefined}
              onSave={save}
              onCancel={() => setEditing(undefined)}
              announce={announce}
            />
          )}
          <p class="tool-status" role="status" tabIndex={-1} ref={statusLine} data-print="hide">
            {status}
          </p>
          <EntryList contactLogTool={contactLogTool} entries={entries} lang={lang} editable={view.state === "ready"} onEdit={startEditing} onDelete={setDeleting} />
          {entries.length > 0 && (
            <section class="contact-log__export" aria-labelledby="export-heading">
              <h2 id="export-heading" data-print="hide">
                {contactLogTool.exportHeading}
              </h2>
              <p data-print="hide">{contactLogTool.exportIntro}</p>
              <p class="tool-actions" data-print="hide">
                <button type="button" class="button button--secondary" onClick={exportCsv}>
                  {contactLogTool.exportButton}
                </button>
              </p>
              <PrintLog contactLogTool={contactLogTool} entries={entries} lang={lang} />
            </section>
          )}
          {deleting && (
            <ConfirmDialog
              heading={contactLogTool.deleteHeading}
              body={fill(contactLogTool.deleteBody, { when: entryWhen(contactLogTool, deleting, lang) })}
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
