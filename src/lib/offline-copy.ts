/**
 * The opt-in offline copy: a service worker (generated at build time, src/lib/offline-worker.ts) that keeps
 * every page, asset and the search index of the build in this browser. Nothing here runs until the reader
 * turns it on; erase-all and "turn off" both call `removeOfflineCopy`, which leaves no worker and no cache.
 */

/** The worker's file, at the root of the site (its scope is the whole course). */
export const OFFLINE_WORKER_FILE = "service-worker.js";

/** Every cache the worker makes starts with this (Workbox's `cacheId`), so removal finds them all. */
export const OFFLINE_CACHE_PREFIX = "nocontact-offline";

/** What the browser offers: navigator.serviceWorker and the Cache Storage (passed in so tests can fake them). */
export interface OfflineEnvironment {
  serviceWorker?: Pick<ServiceWorkerContainer, "register" | "getRegistrations"> | undefined;
  caches?: Pick<CacheStorage, "keys" | "delete"> | undefined;
}

/** Whether the copy is kept ("on"), not kept ("off"), or this browser cannot keep one ("unsupported"). */
export type OfflineCopyState = "on" | "off" | "unsupported";

/** How turning the copy on ended: kept, refused by the browser (blocked, full, private mode), or unsupported. */
export type TurnOnResult = "on" | "failed" | "unsupported";

/** How removing ended: whether anything was there, and whether something could not be removed. */
export interface RemoveResult {
  /** A worker or a cache of the copy was there and is gone. */
  removed: boolean;
  /** The browser refused to remove a worker or a cache (it may still be there). */
  failed: boolean;
}

function browserEnvironment(): OfflineEnvironment {
  return {
    serviceWorker: typeof navigator !== "undefined" && "serviceWorker" in navigator ? navigator.serviceWorker : undefined,
    caches: typeof caches !== "undefined" ? caches : undefined,
  };
}

/** The registrations inside the course (`scope` is the course's folder: a sub-path site leaves its neighbours alone). */
async function courseRegistrations(scope: URL, env: OfflineEnvironment): Promise<readonly ServiceWorkerRegistration[]> {
  const all = await env.serviceWorker?.getRegistrations();
  return (all ?? []).filter((registration) => registration.scope.startsWith(scope.href));
}

/** Whether the copy is on: a worker of the course is registered. Never throws. */
export async function offlineCopyState(scope: URL, env: OfflineEnvironment = browserEnvironment()): Promise<OfflineCopyState> {
  if (!env.serviceWorker || !env.caches) return "unsupported";
  try {
    return (await courseRegistrations(scope, env)).length > 0 ? "on" : "off";
  } catch {
    return "unsupported";
  }
}

/** Resolves once `worker` is activated (its precache is complete), false if it was discarded (install failed). */
function activation(worker: ServiceWorker): Promise<boolean> {
  return new Promise((resolve) => {
    const check = () => {
      if (worker.state === "activated") resolve(true);
      else if (worker.state === "redundant") resolve(false);
    };
    worker.addEventListener("statechange", check);
    check();
  });
}

/**
 * Registers the worker and waits until it has stored the whole course (Workbox precaches during install,
 * so "activated" means every file is kept). If the browser refuses (storage full or blocked), removes what
 * was started so nothing half-made is left behind. Never throws.
 */
export async function turnOnOfflineCopy(scope: URL, env: OfflineEnvironment = browserEnvironment()): Promise<TurnOnResult> {
  if (!env.serviceWorker || !env.caches) return "unsupported";
  try {
    const registration = await env.serviceWorker.register(new URL(OFFLINE_WORKER_FILE, scope).href, { scope: scope.href });
    const worker = registration.installing ?? registration.waiting ?? registration.active;
    if (worker && (await activation(worker))) return "on";
  } catch {
    // Falls through to removing whatever was started.
  }
  await removeOfflineCopy(scope, env);
  return "failed";
}

/** Unregisters the course's worker and deletes every cache it made. Never throws. */
export async function removeOfflineCopy(scope: URL, env: OfflineEnvironment = browserEnvironment()): Promise<RemoveResult> {
  const result: RemoveResult = { removed: false, failed: false };
  const note = (done: boolean) => {
    if (done) result.removed = true;
    else result.failed = true;
  };
  try {
    for (const registration of await courseRegistrations(scope, env)) note(await registration.unregister());
  } catch {
    result.failed = true;
  }
  try {
    const storage = env.caches;
    for (const name of (await storage?.keys()) ?? []) {
      if (storage && name.startsWith(OFFLINE_CACHE_PREFIX)) note(await storage.delete(name));
    }
  } catch {
    result.failed = true;
  }
  return result;
}
