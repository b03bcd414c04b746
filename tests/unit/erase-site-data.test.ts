import { describe, expect, it } from "vitest";
import { describeKey, eraseMessage, eraseSiteData } from "../../src/lib/storage/erase-site-data";

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

describe("eraseMessage", () => {
  it("names what was removed in plain words", () => {
    expect(eraseMessage({ status: "erased", removed: ["nocontact:progress", "nocontact:reflections", "nocontact:other"], failed: [] })).toBe(
      "Erased from this browser: Your progress, Your reflections, nocontact:other.",
    );
  });

  it("says when nothing was stored", () => {
    expect(eraseMessage({ status: "erased", removed: [], failed: [] })).toBe("Nothing was stored, so there was nothing to erase.");
  });

  it("says when storage is blocked", () => {
    expect(eraseMessage({ status: "unavailable" })).toMatch(/blocking storage/);
  });

  it("says what could not be removed and what to do instead", () => {
    expect(eraseMessage({ status: "erased", removed: [], failed: ["nocontact:progress"] })).toMatch(
      /would not let us remove: Your progress\. You can clear this site's data in your browser's settings\./,
    );
  });

  it("describes unknown keys by their name", () => {
    expect(describeKey("nocontact:progress")).toBe("Your progress");
    expect(describeKey("nocontact:draft")).toBe("nocontact:draft");
    expect(describeKey("nocontact:unreadable:reflections")).toBe("A copy of your reflections that could not be read");
  });
});
