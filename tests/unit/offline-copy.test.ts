import { describe, expect, it } from "vitest";
import { OFFLINE_CACHE_PREFIX, offlineCopyState, removeOfflineCopy, turnOnOfflineCopy, type OfflineEnvironment } from "../../src/lib/offline-copy";

const scope = new URL("https://example.org/course/");

/** A worker that moves through the given states, one per tick, as a browser's does. */
function fakeWorker(states: ServiceWorkerState[]): ServiceWorker {
  const listeners: (() => void)[] = [];
  const worker = {
    state: "installing" as ServiceWorkerState,
    addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
  };
  void (async () => {
    for (const state of states) {
      await Promise.resolve();
      worker.state = state;
      for (const listener of listeners) listener();
    }
  })();
  return worker as unknown as ServiceWorker;
}

/** A browser with registrations (by scope) and caches (by name), recording what was removed. */
function fakeBrowser(options: { scopes?: string[]; caches?: string[]; installs?: ServiceWorkerState[]; refuse?: boolean } = {}) {
  const scopes = new Set(options.scopes ?? []);
  const cacheNames = new Set(options.caches ?? []);
  const registration = (registered: string) =>
    ({
      scope: registered,
      installing: null,
      waiting: null,
      active: null,
      unregister: async () => !options.refuse && scopes.delete(registered),
    }) as unknown as ServiceWorkerRegistration;
  const env: OfflineEnvironment = {
    serviceWorker: {
      getRegistrations: async () => [...scopes].map(registration),
      register: async (url: string | URL, registerOptions?: RegistrationOptions) => {
        const registered = String(registerOptions?.scope);
        expect(String(url)).toBe(new URL("service-worker.js", registered).href);
        scopes.add(registered);
        cacheNames.add(`${OFFLINE_CACHE_PREFIX}-precache-v2-${registered}`);
        return { ...registration(registered), installing: fakeWorker(options.installs ?? ["installed", "activating", "activated"]) };
      },
    },
    caches: {
      keys: async () => [...cacheNames],
      delete: async (name: string) => !options.refuse && cacheNames.delete(name),
    },
  };
  return { env, scopes, cacheNames };
}

describe("offlineCopyState", () => {
  it("is unsupported without service workers or Cache Storage", async () => {
    expect(await offlineCopyState(scope, {})).toBe("unsupported");
    expect(await offlineCopyState(scope, { serviceWorker: fakeBrowser().env.serviceWorker })).toBe("unsupported");
  });

  it("is on only when a worker is registered inside the course", async () => {
    expect(await offlineCopyState(scope, fakeBrowser().env)).toBe("off");
    expect(await offlineCopyState(scope, fakeBrowser({ scopes: ["https://example.org/other-site/"] }).env)).toBe("off");
    expect(await offlineCopyState(scope, fakeBrowser({ scopes: [scope.href] }).env)).toBe("on");
  });
});

describe("turnOnOfflineCopy", () => {
  it("registers the worker at the course's root and answers once it is active (everything stored)", async () => {
    const browser = fakeBrowser();
    expect(await turnOnOfflineCopy(scope, browser.env)).toBe("on");
    expect([...browser.scopes]).toEqual([scope.href]);
  });

  it("removes what was started when the browser discards the worker (storage full or blocked)", async () => {
    const browser = fakeBrowser({ installs: ["redundant"] });
    expect(await turnOnOfflineCopy(scope, browser.env)).toBe("failed");
    expect(browser.scopes.size).toBe(0);
    expect(browser.cacheNames.size).toBe(0);
  });

  it("reports a refused registration as failed, without throwing", async () => {
    const env: OfflineEnvironment = {
      ...fakeBrowser().env,
      serviceWorker: { getRegistrations: async () => [], register: () => Promise.reject(new DOMException("Denied", "SecurityError")) },
    };
    expect(await turnOnOfflineCopy(scope, env)).toBe("failed");
  });

  it("is unsupported without service workers", async () => {
    expect(await turnOnOfflineCopy(scope, {})).toBe("unsupported");
  });
});

describe("removeOfflineCopy", () => {
  it("unregisters the course's worker and deletes every cache it made, and nothing else", async () => {
    const other = "https://example.org/other-site/";
    const browser = fakeBrowser({
      scopes: [scope.href, other],
      caches: [`${OFFLINE_CACHE_PREFIX}-precache-v2-${scope.href}`, `${OFFLINE_CACHE_PREFIX}-runtime-${scope.href}`, "someone-else"],
    });
    expect(await removeOfflineCopy(scope, browser.env)).toEqual({ removed: true, failed: false });
    expect([...browser.scopes]).toEqual([other]);
    expect([...browser.cacheNames]).toEqual(["someone-else"]);
  });

  it("says when there was nothing to remove", async () => {
    expect(await removeOfflineCopy(scope, fakeBrowser().env)).toEqual({ removed: false, failed: false });
    expect(await removeOfflineCopy(scope, {})).toEqual({ removed: false, failed: false });
  });

  it("says when the browser refuses, without throwing", async () => {
    const refused = fakeBrowser({ scopes: [scope.href], caches: [`${OFFLINE_CACHE_PREFIX}-precache-v2-${scope.href}`], refuse: true });
    expect(await removeOfflineCopy(scope, refused.env)).toEqual({ removed: false, failed: true });
    const throwing: OfflineEnvironment = {
      serviceWorker: { getRegistrations: () => Promise.reject(new Error("Blocked")), register: () => Promise.reject(new Error("Blocked")) },
      caches: { keys: () => Promise.reject(new Error("Blocked")), delete: async () => false },
    };
    expect(await removeOfflineCopy(scope, throwing)).toEqual({ removed: false, failed: true });
  });
});
