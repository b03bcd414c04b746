import { useEffect, useRef, useState } from "preact/hooks";
import { locale, myReflections, saveFailure } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import type { AnsweredPrompt } from "../../lib/reflections-export";
import { readableDate } from "../../lib/reflections-export";
import type { JournalWriteResult } from "../../lib/reflections-journal";
import { failureText } from "../shared/failure-text";

interface Props {
  item: AnsweredPrompt;
  /** Saves edited text; empty text deletes the answer. */
  onSave: (text: string) => Promise<JournalWriteResult>;
  onDelete: () => void;
}

/** One answer: shown as text (so it prints cleanly), editable in place. */
export default function AnswerItem({ item, onSave, onDelete }: Props) {
  const { answer } = item;
  const prompt = item.prompt ?? myReflections.retiredPrompt;
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState("");
  const field = useRef<HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const fieldId = `answer-${answer.lesson}-${answer.prompt}`;
  const [editedBefore, editedAfter] = myReflections.fileLastEdited.split("{date}");
  const answerTo = fill(myReflections.answerTo, { prompt });

  // Move focus into the box when editing starts, and back to "Edit" when it ends.
  useEffect(() => {
    if (draft !== undefined && !wasEditing.current) field.current?.focus();
    if (draft === undefined && wasEditing.current) editButton.current?.focus();
    wasEditing.current = draft !== undefined;
  }, [draft !== undefined]);

  const save = async (event: Event) => {
    event.preventDefault();
    if (draft === undefined) return;
    const result = await onSave(draft);
    if (result.ok) {
      setProblem("");
      setDraft(undefined);
    } else {
      // The draft stays in the box; nothing stored was changed.
      setProblem(`${failureText(result.reason)} ${saveFailure.changesKept}`);
    }
  };

  return (
    <article class="answer" aria-labelledby={`${fieldId}-prompt`}>
      <h3 id={`${fieldId}-prompt`}>{prompt}</h3>
      {draft === undefined ? (
        <>
          <p class="answer__text">{answer.text}</p>
          <p class="answer__meta">
            {editedBefore}
            <time dateTime={answer.updatedAt}>{readableDate(answer.updatedAt, { locale: locale.intl })}</time>
            {editedAfter}
          </p>
          <p class="answer__actions" data-print="hide">
            <button type="button" class="button button--secondary" ref={editButton} onClick={() => setDraft(answer.text)}>
              {myReflections.edit}
              <span class="visually-hidden">{answerTo}</span>
            </button>
            <button type="button" class="button button--secondary" onClick={onDelete}>
              {myReflections.delete}
              <span class="visually-hidden">{answerTo}</span>
            </button>
          </p>
        </>
      ) : (
        <form class="answer__edit" onSubmit={save}>
          <label for={fieldId}>{myReflections.answerLabel}</label>
          <textarea id={fieldId} ref={field} rows={8} value={draft} aria-describedby={`${fieldId}-problem`} onInput={(event) => setDraft(event.currentTarget.value)} />
          <p id={`${fieldId}-problem`} class="reflection-status" role="status">
            {problem}
          </p>
          <p class="answer__actions">
            <button type="submit" class="button">
              {myReflections.save}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setDraft(undefined)}>
              {myReflections.cancel}
            </button>
          </p>
        </form>
      )}
    </article>
  );
}
