import { useState } from "preact/hooks";
import type { ReflectionsJournal } from "../../lib/reflections-journal";
import { failureMessage } from "../../lib/reflection-messages";
import { passphraseFieldAttributes } from "../../lib/passphrase-field";

/** Shorter passphrases are too easy to guess, even for a casual look. */
export const MIN_PASSPHRASE_LENGTH = 8;

interface Props {
  journal: ReflectionsJournal;
  /** True when the reflections are locked and open on this page. */
  unlocked: boolean;
  safetyHref: string;
  /** Called after the lock changed, so the page re-reads storage. */
  onChanged: (announcement: string) => void;
}

/** Sets, closes and removes the passphrase lock, and says plainly what it does and doesn't protect. */
export default function LockPanel({ journal, unlocked, safetyHref, onChanged }: Props) {
  const [passphrase, setPassphrase] = useState("");
  const [repeated, setRepeated] = useState("");
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);

  const setLock = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (passphrase.length < MIN_PASSPHRASE_LENGTH) return setMessage(`Use at least ${MIN_PASSPHRASE_LENGTH} characters.`);
    if (passphrase !== repeated) return setMessage("The two passphrases are different. Type them again.");
    setBusy(true);
    setMessage("Locking…");
    const result = await journal.setLock(passphrase);
    setBusy(false);
    if (!result.ok) return setMessage(failureMessage(result.reason));
    setPassphrase("");
    setRepeated("");
    setMessage("");
    onChanged("Locked. From now on this site asks for your passphrase before showing your reflections. They stay open on this page until you leave it or choose Lock now.");
  };

  const removeLock = async () => {
    const result = await journal.removeLock();
    setMessage(result.ok ? "" : failureMessage(result.reason));
    if (result.ok) onChanged("The lock is removed. Your reflections are no longer protected by a passphrase.");
  };

  return (
    <section class="lock-panel" aria-labelledby="lock-heading" data-print="hide">
      <h2 id="lock-heading">{unlocked ? "Locked with a passphrase" : "Lock them with a passphrase"}</h2>
      <p>
        A passphrase stops someone who picks up this device and opens this site from reading your reflections. While they are locked,
        this site asks for the passphrase each time you open this page or a lesson.
      </p>
      <p>What a passphrase can't do:</p>
      <ul>
        <li>
          It does not protect you from spyware, or from someone who watches you type. If you think your device is being watched, read{" "}
          <a href={safetyHref}>Staying safe</a>.
        </li>
        <li>It does not hide that you have used this site.</li>
        <li>If you forget it, nobody can get your reflections back, not even us. You can still erase them.</li>
      </ul>
      {unlocked ? (
        <>
          <p>Your reflections are open on this page until you leave it.</p>
          <p class="lock-panel__actions">
            <button
              type="button"
              class="button"
              onClick={() => {
                journal.lockNow();
                onChanged("Locked. Enter your passphrase to see your reflections again.");
              }}
            >
              Lock now
            </button>
            <button type="button" class="button button--secondary" onClick={() => void removeLock()}>
              Remove the lock
            </button>
          </p>
          <p class="reflection-status" role="status">
            {message}
          </p>
        </>
      ) : (
        <form class="lock-panel__form" onSubmit={setLock}>
          <label for="lock-passphrase">Passphrase</label>
          <p id="lock-passphrase-hint" class="lock-panel__hint">
            At least {MIN_PASSPHRASE_LENGTH} characters. A few words only you would put together are easier to remember and harder to guess.
          </p>
          <input
            id="lock-passphrase"
            {...passphraseFieldAttributes}
            aria-describedby="lock-passphrase-hint"
            value={passphrase}
            onInput={(event) => setPassphrase(event.currentTarget.value)}
          />
          <label for="lock-passphrase-again">Type it again</label>
          <input
            id="lock-passphrase-again"
            {...passphraseFieldAttributes}
            value={repeated}
            onInput={(event) => setRepeated(event.currentTarget.value)}
          />
          <p>
            <button type="submit" class="button" disabled={busy}>
              Lock my reflections
            </button>
          </p>
          <p class="reflection-status" role="status">
            {message}
          </p>
        </form>
      )}
    </section>
  );
}
