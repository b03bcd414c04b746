import { useState } from "preact/hooks";
import { pause } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import type { PauseNotes } from "../../lib/storage/pause-store";
import type { SensitiveView } from "../../lib/storage/store-view";

interface Props {
  notes: SensitiveView<PauseNotes>;
  helpHref: string;
  /** Adds a name; resolves true when it was saved, so the field can be cleared. */
  onAdd: (name: string) => Promise<boolean>;
  onRemove: (index: number) => void;
}

/** Who the reader could call instead: their own short list, and the help page. */
export default function CallStep({ notes, helpHref, onAdd, onRemove }: Props) {
  const [name, setName] = useState("");
  const people = notes.state === "ready" ? notes.value.people : [];
  return (
    <>
      <p>{pause.callText}</p>
      {people.length === 0 ? (
        <p>{pause.noPeople}</p>
      ) : (
        <ul class="pause__people">
          {people.map((person, index) => (
            <li key={`${index}/${person}`}>
              <span class="pause__person">{person}</span>{" "}
              <button type="button" class="button button--secondary" onClick={() => onRemove(index)}>
                {fill(pause.removePerson, { name: person })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {notes.state === "ready" && (
        <form
          class="pause__form pause__add"
          onSubmit={async (event) => {
            event.preventDefault();
            if (name.trim() !== "" && (await onAdd(name.trim()))) setName("");
          }}
        >
          <label for="pause-person">{pause.peopleLabel}</label>
          <input id="pause-person" type="text" autocomplete="off" value={name} onInput={(event) => setName(event.currentTarget.value)} />
          <button type="submit" class="button button--secondary">
            {pause.addPerson}
          </button>
        </form>
      )}
      <p>
        <a href={helpHref}>{pause.helpLink}</a>
      </p>
    </>
  );
}
