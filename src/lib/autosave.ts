/** How long typing must pause before the text is saved. */
export const AUTOSAVE_DELAY_MS = 700;

export interface AutosaveOptions<T, R> {
  /** Saves one value; may be slow (locked reflections are encrypted first). */
  save: (value: T) => R | Promise<R>;
  /** Whether a result means the value is safely stored. */
  succeeded: (result: R) => boolean;
  /** Told every result, so the page can say "Saved on this device" or why not. */
  onResult: (result: R) => void;
  delayMs?: number;
}

export interface Autosave<T> {
  /** Remembers the latest value and saves it once typing pauses for the delay. */
  schedule: (value: T) => void;
  /** Saves the latest value now if it is not saved yet (leaving the page, or a retry after a failure). */
  flush: () => Promise<void>;
  /** True while a value is waiting to be saved or its last save failed. */
  hasUnsaved: () => boolean;
  /** Stops the timer and forgets the unsaved value without saving it (everything was erased). */
  discard: () => void;
}

/**
 * Debounced saving: many keystrokes, one write after a pause. A value whose save failed stays
 * "unsaved", so the next flush tries again, and the caller keeps showing it to the reader.
 */
export function createAutosave<T, R>({ save, succeeded, onResult, delayMs = AUTOSAVE_DELAY_MS }: AutosaveOptions<T, R>): Autosave<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsaved: { value: T } | undefined;

  const stopTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const flush = async () => {
    stopTimer();
    if (!unsaved) return;
    const pending = unsaved;
    const result = await save(pending.value);
    // Only clear if nothing newer was typed while this save ran.
    if (succeeded(result) && unsaved === pending) unsaved = undefined;
    onResult(result);
  };

  return {
    schedule: (value) => {
      unsaved = { value };
      stopTimer();
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    hasUnsaved: () => unsaved !== undefined,
    discard: () => {
      stopTimer();
      unsaved = undefined;
    },
  };
}
