import { describe, expect, it } from "vitest";
import { eraseSiteData, exportSiteData } from "../../src/lib/storage/erase-site-data";

/** A Storage kept in a Map, with optional failures to stand in for blocked or locked storage. */
class FakeStorage implements Storage {
  readonly items = new Map<string, string>();
  private readonly options: { throwOnRead?: boolean; refuseRemove?: string[] };
  constructor(entries: Record<string, string> = {}, options: { throwOnRead?: boolean; refuseRemove?: string[] } = {}) {
    this.options = options;
    for (const [key, value] of Object.entries(entries)) this.items.set(key, value);
  }
  get length(): number {
    if (this.options.throwOnRead) throw new DOMException("blocked", "SecurityError");
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.options.throwOnRead) throw new DOMException("blocked", "SecurityError");
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    if (this.options.refuseRemove?.includes(key)) throw new DOMException("refused", "SecurityError");
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

describe("eraseSiteData", () => {
  it("removes every nocontact: key and leaves every other key alone", () => {
    const local = new FakeStorage({
      "nocontact:progress": '{"version":2}',
      "other-site": "keep me",
      "nocontact:reflections": '{"version":1}',
      "nocontact:something-new": "{}",
      "NOCONTACT:shouting": "not ours",
      "prefix-nocontact:x": "not ours",
    });
    const result = eraseSiteData([() => local]);
    expect(result).toEqual({
      status: "erased",
      removed: ["nocontact:progress", "nocontact:reflections", "nocontact:something-new"],
      failed: [],
    });
    expect([...local.items.keys()]).toEqual(["other-site", "NOCONTACT:shouting", "prefix-nocontact:x"]);
  });

  it("erases from local and session storage alike", () => {
    const local = new FakeStorage({ "nocontact:progress": "{}" });
    const session = new FakeStorage({ "nocontact:unlocked": "{}", theirs: "1" });
    const result = eraseSiteData([() => local, () => session]);
    expect(result).toMatchObject({ status: "erased", removed: ["nocontact:progress", "nocontact:unlocked"] });
    expect(local.items.size).toBe(0);
    expect([...session.items.keys()]).toEqual(["theirs"]);
  });

  it("reports an empty list when nothing was stored", () => {
    expect(eraseSiteData([() => new FakeStorage({ theirs: "1" })])).toEqual({ status: "erased", removed: [], failed: [] });
  });

  it("says storage is unavailable, without throwing, when it is missing or blocked", () => {
    expect(eraseSiteData([() => undefined])).toEqual({ status: "unavailable" });
    expect(eraseSiteData([() => new FakeStorage({ "nocontact:progress": "{}" }, { throwOnRead: true })])).toEqual({ status: "unavailable" });
  });

  it("lists keys the browser refused to remove and carries on with the rest", () => {
    const local = new FakeStorage({ "nocontact:progress": "{}", "nocontact:reflections": "{}" }, { refuseRemove: ["nocontact:progress"] });
    expect(eraseSiteData([() => local])).toEqual({ status: "erased", removed: ["nocontact:reflections"], failed: ["nocontact:progress"] });
  });
});

describe("exportSiteData", () => {
  it("lists every registered store and set-aside copy as stored, damaged text kept as text, other keys left out", () => {
    const locked = { version: 1, state: "locked", lock: { kdf: "PBKDF2-SHA-256", cipher: "AES-GCM", iterations: 600000, salt: "c2FsdA==", iv: "aXY=", ciphertext: "Y2lwaGVy" } };
    const storage = new FakeStorage({
      "nocontact:progress": '{"version":2,"completed":{},"lastOpened":null}',
      "nocontact:reflections": JSON.stringify(locked),
      "nocontact:unreadable:progress": "not json",
      theirs: "1",
    });
    expect(exportSiteData(storage)).toEqual([
      { key: "nocontact:progress", value: { version: 2, completed: {}, lastOpened: null } },
      { key: "nocontact:unreadable:progress", text: "not json" },
      { key: "nocontact:reflections", value: locked },
    ]);
  });

  it("is undefined when storage is blocked", () => {
    expect(exportSiteData(undefined)).toBeUndefined();
    expect(exportSiteData(new FakeStorage({}, { throwOnRead: true }))).toBeUndefined();
  });
});
