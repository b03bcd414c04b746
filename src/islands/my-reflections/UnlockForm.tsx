import { useState } from "preact/hooks";
import type { ReflectionsJournal } from "../../lib/reflections-journal";
import { passphraseFieldAttributes } from "../../lib/passphrase-field";

interface Props {
  journal: ReflectionsJournal;
  /** Makes the field's id unique on the page. */
  idPrefix: string;
  /** Called once the passphrase opened the reflections. */
  onUnlocked: () => void;
}

/** Asks for the passphrase. A wrong one changes nothing and says so. */
export default function UnlockForm({ journal, idPrefix, onUnlocked }: Props) {
  const [passphrase, setPassphrase] = useState("");
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const fieldId = `${idPrefix}-passphrase`;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || passphrase === "") return;
    setBusy(true);
    // Deriving the key is deliberately slow (that is what makes guessing slow), so say something meanwhile.
    setMessage("Unlocking…");
    const result = await journal.unlock(passphrase);
    setBusy(false);
    if (result.ok) {
      setPassphrase("");
      setMessage("");
      onUnlocked();
    } else {
      setMessage(result.reason === "wrong-passphrase" ? "That passphrase did not unlock them. Nothing has been changed. Check it and try again." : "They are no longer locked.");
      if (result.reason === "not-locked") onUnlocked();
    }
  };

  return (
    <form class="reflection-unlock" onSubmit={submit}>
      <label for={fieldId}>Passphrase</label>
      <input
        id={fieldId}
        {...passphraseFieldAttributes}
        value={passphrase}
        onInput={(event) => setPassphrase(event.currentTarget.value)}
        aria-describedby={`${fieldId}-status`}
      />
      <button type="submit" class="button" disabled={busy}>
        Unlock
      </button>
      <p id={`${fieldId}-status`} class="reflection-status" role="status">
        {message}
      </p>
    </form>
  );
}
