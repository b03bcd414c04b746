/** The part of the Web Locks API this site uses (missing in old browsers and some embedded views). */
interface LockManagerLike {
  request: {
    <R>(name: string, callback: () => Promise<R>): Promise<R>;
    <R>(name: string, options: { mode: "shared" }, callback: () => Promise<R>): Promise<R>;
  };
  query?: () => Promise<{ held?: { name?: string }[] }>;
}

/** The browser's Web Locks, or undefined where the API is missing. */
export function webLocks(): LockManagerLike | undefined {
  try {
    const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
    return typeof locks?.request === "function" ? locks : undefined;
  } catch {
    return undefined;
  }
}

// Without Web Locks, changes on this page still run one at a time per key; other tabs are then
// handled by the store's compare-before-write (re-read and re-apply the change by entry).
const pageQueues = new Map<string, Promise<unknown>>();

function inPageTurn<R>(name: string, task: () => Promise<R>): Promise<R> {
  const run = (pageQueues.get(name) ?? Promise.resolve()).then(task);
  pageQueues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}

/**
 * Runs `task` holding the lock named `name` (one name per storage key), so that no other tab or
 * script on this page changes that key meanwhile. `locks` is injectable for tests.
 */
export function withKeyLock<R>(name: string, task: () => Promise<R>, locks: LockManagerLike | undefined = webLocks()): Promise<R> {
  return locks ? locks.request(name, task) : inPageTurn(name, task);
}

/** A short fingerprint of a stored text (FNV-1a), to tell whether this tab sees the latest write. */
export function fingerprint(text: string | null): string {
  if (text === null) return "none";
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return `${hash.toString(16)}-${text.length}`;
}

// Each tab's renderer keeps its own copy of localStorage, and another tab's write reaches it
// later, as a task that may run after this tab was granted the lock. So whoever writes also holds
// a "written" lock whose name carries the time and the fingerprint of what it wrote: Web Locks are
// the same for every tab at once, so the next tab knows what it should see before it reads.
const writtenPrefix = (key: string) => `${key}#written:`;
const releases = new Map<string, () => void>();

/** Records, for every tab, that this tab just wrote `text` under `key`. */
export function markWritten(key: string, text: string | null, locks: LockManagerLike | undefined = webLocks()): void {
  if (!locks?.query) return;
  const name = `${writtenPrefix(key)}${Date.now().toString().padStart(15, "0")}:${fingerprint(text)}`;
  void locks.request(name, { mode: "shared" }, () => {
    releases.get(key)?.();
    return new Promise<void>((release) => releases.set(key, release));
  });
}

/**
 * Waits (at most `timeoutMs`) until this tab's copy of `key` shows the latest write any tab marked,
 * so a change is never applied to an old copy. `current` reads the key as this tab sees it now.
 */
export async function catchUp(key: string, current: () => string | null, timeoutMs = 2000, locks: LockManagerLike | undefined = webLocks()): Promise<void> {
  if (!locks?.query) return;
  const held = (await locks.query()).held ?? [];
  const latest = held
    .map((lock) => lock.name ?? "")
    .filter((name) => name.startsWith(writtenPrefix(key)))
    .sort()
    .at(-1)
    ?.split(":")
    .at(-1);
  if (latest === undefined || fingerprint(current()) === latest) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      removeEventListener("storage", check);
      clearTimeout(timer);
      resolve();
    };
    const check = () => {
      if (fingerprint(current()) === latest) done();
    };
    const timer = setTimeout(done, timeoutMs);
    addEventListener("storage", check);
    check();
  });
}
