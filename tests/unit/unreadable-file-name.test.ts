import { describe, expect, it } from "vitest";
import { unreadableFileName } from "../../src/lib/unreadable-file-name";

describe("unreadableFileName", () => {
  it("names the file by the local day only, saying nothing about what is inside", () => {
    expect(unreadableFileName(new Date(2026, 0, 5, 23, 30))).toBe("saved-data-2026-01-05.txt");
  });
});
