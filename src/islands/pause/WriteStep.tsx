import { useState } from "preact/hooks";
import { pause } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import type { PauseNotes, UnsentNote } from "../../lib/storage/pause-store";
import type { SensitiveView } from "../../lib/storage/store-view";
import { momentText } from "../tools/format";

interface Props {
  notes: SensitiveView<PauseNotes>;
  /** The words being written, kept by the pause so going back and forth between steps keeps them. */
  draft: string;
  onDraft: (text: string) => void;
  onKeep: () => void;
  onDelete: (note: UnsentNote) => void;
}

/** "Write it here instead": an unsent note, and the notes kept before. */
export default function WriteStep({ notes, draft, onDraft, onKeep, onDelete }: Props) {
  const [open, setOpen] = useState(false);
  const kept = notes.state === "ready" ? notes.value.notes : [];
  const canSave = notes.state === "ready";
  return (
    <>
      <p>{pause.writeText}</p>
      <form
        class="pause__form"
        onSubmit={(event) => {
          event.preventDefault();
          onKeep();
        }}
      >
        <label for="pause-note">{pause.noteLabel}</label>
        <textarea id="pause-note" rows={6} value={draft} onInput={(event) => onDraft(event.currentTarget.value)} />
        {canSave && (
          <button type="submit" class="button">
            {pause.keepNote}
          </button>
        )}
      </form>
      {kept.length > 0 && (
        <details class="pause__notes" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>{fill(pause.notesSummary, { count: kept.length })}</summary>
          <ul>
            {[...kept].reverse().map((note) => (
              <li key={note.written}>
                <p class="pause__note-date">{fill(pause.noteWritten, { date: momentText(note.written) })}</p>
                <p class="pause__note-text">{note.text}</p>
                <button type="button" class="button button--secondary" onClick={() => onDelete(note)}>
                  {pause.deleteNote}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
