import { contactLogTool } from "@ui-strings";
import { useRef, useState } from "preact/hooks";
import { fill } from "../../i18n/catalogue";
import { checkEntry, contactMethods, MAX_SHORT, MAX_WHAT, reportedAnswers, type ContactEntryFields, type EntryProblem } from "../../lib/tools/contact-log";
import { localDayOf } from "../../lib/tools/local-date-time";
import { methodNames, reportedNames } from "./entry-words";
import { describeField } from "../shared/field-problem";

interface Props {
  /** The form's heading: adding, or which entry is being edited. */
  heading: string;
  initial: ContactEntryFields;
  editing: boolean;
  /** Saves checked fields; true when saved (the form then resets), false when the words must stay on screen. */
  onSave: (fields: ContactEntryFields) => Promise<boolean>;
  onCancel: () => void;
  /** Says something in the tool's status line. */
  announce: (message: string) => void;
}

type Field = EntryProblem["field"];

function problemMessage(problem: EntryProblem): string {
  switch (problem.code) {
    case "missing":
      return problem.field === "date" ? contactLogTool.dateMissing : problem.field === "method" ? contactLogTool.methodMissing : contactLogTool.whatMissing;
    case "invalid":
      return problem.field === "date" ? contactLogTool.dateInvalid : contactLogTool.timeInvalid;
    case "future":
      return contactLogTool.dateFuture;
    case "too-long":
      return fill(contactLogTool.tooLong, { max: problem.field === "what" ? MAX_WHAT : MAX_SHORT });
  }
}

/** Adds or edits one entry. Problems are shown beside their fields and focus goes to the first one. */
export default function EntryForm({ heading, initial, editing, onSave, onCancel, announce }: Props) {
  const [fields, setFields] = useState<ContactEntryFields>(initial);
  const [problems, setProblems] = useState<EntryProblem[]>([]);
  const form = useRef<HTMLFormElement>(null);

  const set = <Key extends keyof ContactEntryFields>(key: Key, value: ContactEntryFields[Key]) => setFields({ ...fields, [key]: value });
  const problemOf = (field: Field) => problems.find((problem) => problem.field === field);
  /** The attributes that tie a field to its hint and problem. */
  const described = (field: Field, hint = false) => ({
    id: `entry-${field}`,
    ...describeField(hint ? `entry-${field}-hint` : undefined, problemOf(field) ? `entry-${field}-problem` : undefined),
  });
  const problemLine = (field: Field) => {
    const problem = problemOf(field);
    return problem ? (
      <p class="tool-field__problem" id={`entry-${field}-problem`}>
        {problemMessage(problem)}
      </p>
    ) : null;
  };
  const textField = (field: "witnesses" | "evidence" | "policeReference" | "officer", label: string, hint?: string) => (
    <div class="tool-field">
      <label for={`entry-${field}`}>{label}</label>
      {hint && (
        <p class="tool-field__hint" id={`entry-${field}-hint`}>
          {hint}
        </p>
      )}
      {problemLine(field)}
      <input type="text" {...described(field, hint !== undefined)} value={fields[field]} onInput={(event) => set(field, event.currentTarget.value)} />
    </div>
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = checkEntry(fields, localDayOf(new Date()));
    setProblems(found);
    const first = found[0];
    if (first) {
      announce(contactLogTool.notSavedProblems);
      // The field is in the DOM already; its problem line renders with the next paint.
      form.current?.querySelector<HTMLElement>(`#entry-${first.field}`)?.focus();
      return;
    }
    if (await onSave(fields)) setFields(initial);
  };

  return (
    <form class="tool-form contact-log__form" ref={form} onSubmit={(event) => void submit(event)} noValidate aria-labelledby="entry-form-heading">
      <h2 id="entry-form-heading">{heading}</h2>
      <div class="tool-form__row">
        <div class="tool-field">
          <label for="entry-date">{contactLogTool.dateLabel}</label>
          {problemLine("date")}
          <input type="date" {...described("date")} value={fields.date} max={localDayOf(new Date())} onInput={(event) => set("date", event.currentTarget.value)} />
        </div>
        <div class="tool-field">
          <label for="entry-time">{contactLogTool.timeLabel}</label>
          {problemLine("time")}
          <input type="time" {...described("time")} value={fields.time} onInput={(event) => set("time", event.currentTarget.value)} />
        </div>
      </div>
      <div class="tool-field">
        <label for="entry-method">{contactLogTool.methodLabel}</label>
        {problemLine("method")}
        <select {...described("method")} value={fields.method} onChange={(event) => set("method", event.currentTarget.value as ContactEntryFields["method"])}>
          <option value="">{contactLogTool.methodChoose}</option>
          {contactMethods.map((method) => (
            <option value={method} key={method}>
              {methodNames[method]}
            </option>
          ))}
        </select>
      </div>
      <div class="tool-field">
        <label for="entry-what">{contactLogTool.whatLabel}</label>
        <p class="tool-field__hint" id="entry-what-hint">
          {contactLogTool.whatHint}
        </p>
        {problemLine("what")}
        <textarea {...described("what", true)} value={fields.what} onInput={(event) => set("what", event.currentTarget.value)} />
      </div>
      {textField("witnesses", contactLogTool.witnessesLabel, contactLogTool.witnessesHint)}
      {textField("evidence", contactLogTool.evidenceLabel, contactLogTool.evidenceHint)}
      <fieldset class="tool-field">
        <legend>{contactLogTool.reportedLegend}</legend>
        {reportedAnswers.map((answer) => (
          <label class="tool-choice" key={answer}>
            <input type="radio" name="entry-reported" value={answer} checked={fields.reported === answer} onChange={() => set("reported", answer)} />
            {reportedNames[answer]}
          </label>
        ))}
      </fieldset>
      {textField("policeReference", contactLogTool.policeReferenceLabel)}
      {textField("officer", contactLogTool.officerLabel)}
      <p class="tool-actions">
        <button type="submit" class="button">
          {editing ? contactLogTool.saveButton : contactLogTool.addButton}
        </button>
        {editing && (
          <button type="button" class="button button--secondary" onClick={onCancel}>
            {contactLogTool.cancelButton}
          </button>
        )}
      </p>
    </form>
  );
}
