import { describe, expect, it } from "vitest";
import { eraseSummary, keyName } from "../../src/components/EraseSiteData/erase-summary";

describe("eraseSummary", () => {
  it("names what was removed in plain words", () => {
    expect(eraseSummary({ status: "erased", removed: ["nocontact:progress", "nocontact:reflections", "nocontact:other"], failed: [] })).toBe(
      "Erased from this browser: Your progress, Your reflections, nocontact:other.",
    );
  });

  it("says when nothing was stored", () => {
    expect(eraseSummary({ status: "erased", removed: [], failed: [] })).toBe("Nothing was stored, so there was nothing to erase.");
  });

  it("says when storage is blocked", () => {
    expect(eraseSummary({ status: "unavailable" })).toMatch(/blocking storage/);
  });

  it("says what could not be removed and what to do instead", () => {
    expect(eraseSummary({ status: "erased", removed: [], failed: ["nocontact:progress"] })).toMatch(
      /would not let us remove: Your progress\. You can clear this site's data in your browser's settings\./,
    );
  });

  it("names the offline copy among what was erased, or what the browser kept", () => {
    expect(eraseSummary({ status: "erased", removed: ["nocontact:progress"], failed: [] }, { removed: true, failed: false })).toBe(
      "Erased from this browser: Your progress, The copy of this course kept for reading offline.",
    );
    expect(eraseSummary({ status: "erased", removed: [], failed: [] }, { removed: true, failed: false })).toBe(
      "Erased from this browser: The copy of this course kept for reading offline.",
    );
    expect(eraseSummary({ status: "unavailable" }, { removed: false, failed: true })).toMatch(
      /blocking storage.*would not let us remove: The copy of this course kept for reading offline\./,
    );
  });

  it("describes unknown keys by their name", () => {
    expect(keyName("nocontact:progress")).toBe("Your progress");
    expect(keyName("nocontact:draft")).toBe("nocontact:draft");
    expect(keyName("nocontact:unreadable:reflections")).toBe("A copy of your reflections that could not be read");
  });
});
