interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (text: string) => void;
  /** One line (the title) instead of a box for sentences. */
  single?: boolean;
  hint?: string | undefined;
}

/** A labelled box whose words are the reader's own, shown as typed. */
export default function TextBox({ id, label, value, onInput, single = false, hint }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    value,
    "aria-describedby": hintId,
    autocomplete: "off",
    spellcheck: false,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="plan-field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="plan-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {single ? <input type="text" {...common} /> : <textarea rows={3} {...common} />}
    </div>
  );
}
