import { useMemo, useState } from "preact/hooks";
import { lockPanel } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import type { ReflectionsJournal } from "../../lib/reflections-journal";
import { passphraseFieldAttributes } from "../../lib/passphrase-field";
import { createPassphraseChange } from "../../lib/storage/passphrase-change";
import { pagePassphraseLock } from "../../lib/storage/passphrase-lock";
import { storageKeys } from "../../lib/storage/storage-keys";
import { failureText } from "../shared/failure-text";

/** Shorter passphrases are too easy to guess, even for a casual look. */
export const MIN_PASSPHRASE_LENGTH = 8;

interface Props {
  journal: ReflectionsJournal;
  /** True when the passphrase is set and open on this page. */
  unlocked: boolean;
  safetyHref: string;
  /** Called after the lock changed, so the page re-reads storage. */
  onChanged: (announcement: string) => void;
}

/** Sets, closes and removes the one passphrase, and says plainly what it does and doesn't protect. */
export default function LockPanel({ journal, unlocked, safetyHref, onChanged }: Props) {
  const change = useMemo(() => createPassphraseChange(pagePassphraseLock()), []);
  const [passphrase, setPassphrase] = useState("");
  const [repeated, setRepeated] = useState("");
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const [spywareBefore, spywareAfter] = lockPanel.spyware.split("{link}");

  const setLock = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (passphrase.length < MIN_PASSPHRASE_LENGTH) return setMessage(fill(lockPanel.tooShort, { count: MIN_PASSPHRASE_LENGTH }));
    if (passphrase !== repeated) return setMessage(lockPanel.different);
    setBusy(true);
    setMessage(lockPanel.locking);
    const result = await change.setPassphrase(passphrase, storageKeys.reflections);
    setBusy(false);
    if (!result.ok) return setMessage(failureText(result.reason));
    setPassphrase("");
    setRepeated("");
    setMessage("");
    onChanged(lockPanel.locked);
  };

  const removeLock = async () => {
    const result = await change.removePassphrase();
    setMessage(result.ok ? "" : failureText(result.reason));
    if (result.ok) onChanged(lockPanel.removed);
  };

  return (
    <section class="lock-panel" aria-labelledby="lock-heading" data-print="hide">
      <h2 id="lock-heading">{unlocked ? lockPanel.headingUnlocked : lockPanel.headingOpen}</h2>
      <p>{lockPanel.intro}</p>
      <p>{lockPanel.cannot}</p>
      <ul>
        <li>
          {spywareBefore}
          <a href={safetyHref}>{lockPanel.safetyLink}</a>
          {spywareAfter}
        </li>
        <li>{lockPanel.notHidden}</li>
        <li>{lockPanel.forgotten}</li>
      </ul>
      {unlocked ? (
        <>
          <p>{lockPanel.openHere}</p>
          <p class="lock-panel__actions">
            <button
              type="button"
              class="button"
              onClick={() => {
                journal.lockNow();
                onChanged(lockPanel.lockedNow);
              }}
            >
              {lockPanel.lockNow}
            </button>
            <button type="button" class="button button--secondary" onClick={() => void removeLock()}>
              {lockPanel.remove}
            </button>
          </p>
          <p class="reflection-status" role="status">
            {message}
          </p>
        </>
      ) : (
        <form class="lock-panel__form" onSubmit={setLock}>
          <label for="lock-passphrase">{lockPanel.passphrase}</label>
          <p id="lock-passphrase-hint" class="lock-panel__hint">
            {fill(lockPanel.hint, { count: MIN_PASSPHRASE_LENGTH })}
          </p>
          <input
            id="lock-passphrase"
            {...passphraseFieldAttributes}
            aria-describedby="lock-passphrase-hint"
            value={passphrase}
            onInput={(event) => setPassphrase(event.currentTarget.value)}
          />
          <label for="lock-passphrase-again">{lockPanel.again}</label>
          <input
            id="lock-passphrase-again"
            {...passphraseFieldAttributes}
            value={repeated}
            onInput={(event) => setRepeated(event.currentTarget.value)}
          />
          <p>
            <button type="submit" class="button" disabled={busy}>
              {lockPanel.submit}
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
