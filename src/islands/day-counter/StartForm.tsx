import { useRef, useState } from "preact/hooks";
import { dayCounter } from "@ui-strings";
import type { CalendarDay } from "../../lib/tools/calendar-day";
import { describeField } from "../shared/field-problem";

interface Props {
  /** Prefix for the field's ids, so two forms can share a page. */
  idPrefix: string;
  submitLabel: string;
  /** The date the field starts with. */
  initial: CalendarDay;
  today: CalendarDay;
  /** Saves the date; returns the problem to show beside the field, or undefined when it was accepted. */
  onSubmit: (day: string) => Promise<string | undefined>;
}

/** A date field for when no contact began, with its hint and any problem tied to it for screen readers. */
export default function StartForm({ idPrefix, submitLabel, initial, today, onSubmit }: Props) {
  const field = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const id = `${idPrefix}-date`;

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = await onSubmit(field.current?.value ?? "");
    setProblem(found);
    if (found) field.current?.focus();
  };

  return (
    <form class="day-counter__form" onSubmit={(event) => void submit(event)} noValidate>
      <label for={id}>{dayCounter.startLabel}</label>
      <p class="day-counter__hint" id={`${id}-hint`}>
        {dayCounter.startHint}
      </p>
      {problem && (
        <p class="day-counter__problem" id={`${id}-problem`}>
          {problem}
        </p>
      )}
      <input
        ref={field}
        type="date"
        id={id}
        name="start"
        defaultValue={initial}
        max={today}
        required
        {...describeField(`${id}-hint`, problem ? `${id}-problem` : undefined)}
      />
      <button type="submit" class="button">
        {submitLabel}
      </button>
    </form>
  );
}
