import { describe, expect, it } from "vitest";
import { failureMessage, notesFileName, saveMessage, SAVED_MESSAGE } from "../../src/lib/reflection-messages";

describe("reflection messages", () => {
  it("says Saved on this device after a save", () => {
    expect(saveMessage({ ok: true })).toBe("Saved on this device");
    expect(SAVED_MESSAGE).toBe("Saved on this device");
  });

  it.each(["full", "unavailable", "newer-version", "locked", "failed"] as const)("explains a %s failure and that the words are still there", (reason) => {
    const message = saveMessage({ ok: false, reason });
    expect(message).toMatch(/^Not saved: /);
    expect(message).toContain("Your words are still in the box");
  });

  it("says plainly that storage is full", () => {
    expect(failureMessage("full")).toBe("Not saved: this browser's storage is full.");
    expect(failureMessage("full", "erased")).toBe("Not erased: this browser's storage is full.");
  });

  it("names downloads neutrally, with the day", () => {
    expect(notesFileName(new Date(2025, 2, 12, 12), "md")).toBe("notes-2025-03-12.md");
  });
});
