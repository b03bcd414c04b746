import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { pause } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import { createPauseCountStore, emptyPauseCount, pauseNotesSchema, type PauseNotes, type UnsentNote } from "../../lib/storage/pause-store";
import type { SensitiveView } from "../../lib/storage/store-view";
import ConfirmDialog from "../shared/ConfirmDialog";
import { useEnhanced } from "../shared/use-enhanced";
import ToolLocked from "../shared/ToolLocked";
import { storeNotice, toolFailureMessage } from "../shared/tool-storage";
import { useSensitiveStore } from "../shared/use-sensitive-store";
import { useStore } from "../shared/use-store";
import BreatheStep from "./BreatheStep";
import CallStep from "./CallStep";
import WriteStep from "./WriteStep";
import "./pause.css";

const countStore = createPauseCountStore();

const steps = ["breathe", "write", "call", "done"] as const;
type Step = (typeof steps)[number];

const headings: Record<Step, string> = {
  breathe: pause.breatheHeading,
  write: pause.writeHeading,
  call: pause.callHeading,
  done: pause.doneHeading,
};

interface Props {
  /** Where "Close" goes (the home page). */
  homeHref: string;
  helpHref: string;
  lessonHref: string;
  dayCounterHref: string;
  /** What readers without JavaScript see instead, hidden once this runs. */
  children?: ComponentChildren;
}

/**
 * A guided pause, one screen at a time: breathe, write it here instead, who to call, then a choice.
 * Moving between steps puts focus on the new step's heading, so screen readers start there.
 */
export default function Pause({ homeHref, helpHref, lessonHref, dayCounterHref, children }: Props) {
  const enhanced = useEnhanced();
  // The notes and names are the reader's own words, so the one passphrase seals them; the count stays open.
  const { store: notesStore, view: notes, reload: reloadNotes } = useSensitiveStore(pauseNotesSchema);
  const count = useStore(countStore, emptyPauseCount);
  const [index, setIndex] = useState(0);
  const [draft, setDraft] = useState("");
  const [counted, setCounted] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [deleting, setDeleting] = useState<UnsentNote | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const step = steps[index] ?? "breathe";

  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [index]);

  const go = (to: number) => {
    moved.current = true;
    setAnnouncement("");
    setIndex(to);
    if (to === 0) setCounted(false);
  };

  const changeNotes = async (change: (current: PauseNotes) => PauseNotes, done: string): Promise<boolean> => {
    const result = await notesStore.change(change);
    setAnnouncement(result.ok ? done : toolFailureMessage(result.reason));
    return result.ok;
  };

  const keepNote = async () => {
    const text = draft;
    if (text.trim() === "") {
      setAnnouncement(pause.noteEmpty);
      return;
    }
    const note = { text, written: new Date().toISOString() };
    // The words stay in the box unless they were saved.
    if (await changeNotes((current) => ({ ...current, notes: [...current.notes, note] }), pause.noteKept)) setDraft("");
  };

  const onDeleteClosed = async (confirmed: boolean) => {
    const note = deleting;
    setDeleting(undefined);
    if (!confirmed || !note) return;
    await changeNotes((current) => ({ ...current, notes: current.notes.filter((kept) => kept.written !== note.written || kept.text !== note.text) }), pause.noteDeleted);
    heading.current?.focus();
  };

  const countIt = async () => {
    const result = await countStore.update((current) => ({ passed: current.passed + 1 }), emptyPauseCount);
    if (result.ok) setCounted(true);
    setAnnouncement(result.ok ? pause.counted : toolFailureMessage(result.reason));
  };

  const note = (view: SensitiveView<unknown>) => {
    const text = storeNotice(view);
    return text && <p class="pause__note">{text}</p>;
  };

  // Locked, the step shows the one unlock form instead of the reader's words; a note being written stays in `draft`.
  const locked = notes.state === "locked" && <ToolLocked idPrefix="pause" onUnlocked={reloadNotes} />;

  const body = () => {
    switch (step) {
      case "breathe":
        return <BreatheStep announce={setAnnouncement} />;
      case "write":
        return (
          <>
            {note(notes)}
            {locked || <WriteStep notes={notes} draft={draft} onDraft={setDraft} onKeep={() => void keepNote()} onDelete={setDeleting} />}
          </>
        );
      case "call":
        return (
          <>
            {note(notes)}
            {locked || (
            <CallStep
              notes={notes}
              helpHref={helpHref}
              onAdd={(name) => changeNotes((current) => ({ ...current, people: [...current.people, name] }), pause.personAdded)}
              onRemove={(at) => {
                const name = notes.state === "ready" ? notes.value.people[at] : undefined;
                void changeNotes((current) => ({ ...current, people: current.people.filter((person, position) => position !== at || person !== name) }), pause.personRemoved);
              }}
            />
            )}
          </>
        );
      case "done":
        return (
          <>
            {note(count)}
            <p>{pause.doneText}</p>
            {count.state === "ready" && (
              <p>
                <button type="button" class="button" onClick={() => void countIt()} disabled={counted}>
                  {pause.countIt}
                </button>
              </p>
            )}
            {count.state === "ready" && count.value.passed > 0 && <p class="pause__count">{fill(pause.passed, { count: count.value.passed })}</p>}
            <ul class="pause__choices">
              <li>
                <a href={homeHref}>{pause.close}</a>
              </li>
              <li>
                <a href={lessonHref}>{pause.lessonLink}</a>
              </li>
              <li>
                <a href={dayCounterHref}>{pause.dayCounterLink}</a>
              </li>
            </ul>
          </>
        );
    }
  };

  return (
    <div class="pause" data-enhanced={enhanced ? "" : undefined}>
      {children}
      <div data-needs-js>
        <section class="pause__step" aria-labelledby="pause-step-heading">
          <p class="pause__progress">{fill(pause.step, { number: index + 1, total: steps.length })}</p>
          <h2 id="pause-step-heading" tabIndex={-1} ref={heading}>
            {headings[step]}
          </h2>
          {body()}
        </section>
        <p class="pause__status" role="status">
          {announcement}
        </p>
        <div class="pause__nav">
          {index > 0 && (
            <button type="button" class="button button--secondary" onClick={() => go(index - 1)}>
              {pause.back}
            </button>
          )}
          {index < steps.length - 1 ? (
            <button type="button" class="button" onClick={() => go(index + 1)}>
              {pause.next}
            </button>
          ) : (
            <button type="button" class="button button--secondary" onClick={() => go(0)}>
              {pause.again}
            </button>
          )}
        </div>
      </div>
      {deleting && (
        <ConfirmDialog heading={pause.deleteHeading} body={pause.deleteBody} confirmLabel={pause.deleteConfirm} cancelLabel={pause.deleteCancel} onClose={(confirmed) => void onDeleteClosed(confirmed)} />
      )}
    </div>
  );
}
