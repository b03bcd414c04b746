import { describe, expect, it } from "vitest";
import { failureText, saveText } from "../../../src/islands/shared/failure-text";
import { notesFileName } from "../../../src/lib/reflection-messages";

describe("reflection save messages", () => {
  it("says Saved on this device after a save", () => {
    expect(saveText({ ok: true })).toBe("Saved on this device");
  });

  it.each(["full", "unavailable", "newer-version", "locked", "failed"] as const)("explains a %s failure and that the words are still there", (reason) => {
    const message = saveText({ ok: false, reason });
    expect(message).toMatch(/^Not saved: /);
    expect(message).toContain("Your words are still in the box");
  });

  it("says plainly that storage is full", () => {
    expect(failureText("full")).toBe("Not saved: this browser's storage is full.");
    expect(failureText("full", "erased")).toBe("Not erased: this browser's storage is full.");
  });

  it("names downloads neutrally, with the day", () => {
    expect(notesFileName(new Date(2025, 2, 12, 12), "md")).toBe("notes-2025-03-12.md");
  });
});
