/** The part of the Web Locks API this site uses (missing in old browsers and some embedded views). */
interface LockManagerLike {
  request: <R>(name: string, callback: () => Promise<R>) => Promise<R>;
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
