import { describe, expect, it } from "vitest";
import { fingerprint, withKeyLock } from "../../../src/lib/storage/key-lock";

type Locks = Parameters<typeof withKeyLock>[2];

describe("withKeyLock", () => {
  it("asks the browser's Web Locks for one lock per key name", async () => {
    const names: string[] = [];
    const locks = { request: <R>(name: string, task: () => Promise<R>) => (names.push(name), task()) } as unknown as Locks;
    expect(await withKeyLock("nocontact:progress", async () => "done", locks)).toBe("done");
    expect(names).toEqual(["nocontact:progress"]);
  });

  it("without Web Locks, still runs one task at a time per key on this page, in order", async () => {
    const events: string[] = [];
    const task = (name: string, wait: number) => async () => {
      events.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, wait));
      events.push(`${name} end`);
    };
    await Promise.all([withKeyLock("k", task("a", 20), undefined), withKeyLock("k", task("b", 1), undefined)]);
    expect(events).toEqual(["a start", "a end", "b start", "b end"]);
  });

  it("keeps going after a task fails", async () => {
    await expect(withKeyLock("k2", () => Promise.reject(new Error("boom")), undefined)).rejects.toThrow("boom");
    expect(await withKeyLock("k2", async () => "next", undefined)).toBe("next");
  });

  it("fingerprints stored text so a tab can tell whether it sees the latest write", () => {
    expect(fingerprint(null)).toBe("none");
    expect(fingerprint('{"a":1}')).toBe(fingerprint('{"a":1}'));
    expect(fingerprint('{"a":1}')).not.toBe(fingerprint('{"a":2}'));
    expect(fingerprint("")).not.toBe(fingerprint(null));
  });
});
