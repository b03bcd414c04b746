import { describe, expect, it } from "vitest";
import { contactHref, contactLabel, dialDigits, emergencyLine, helpRegions, topTipsHelplines } from "../../src/lib/helplines";

describe("contact links", () => {
  it("dials digits only", () => {
    expect(dialDigits("0808 2000 247")).toBe("08082000247");
    expect(dialDigits("1-866-331-9474")).toBe("18663319474");
  });

  it("makes tel: links for calls and textphones, sms: links with the word to send for texts", () => {
    expect(contactHref({ kind: "call", number: "0808 2000 247" })).toBe("tel:08082000247");
    expect(contactHref({ kind: "tty", number: "800-787-3224" })).toBe("tel:8007873224");
    expect(contactHref({ kind: "text", number: "88788", body: "START" })).toBe("sms:88788?body=START");
    expect(contactHref({ kind: "text", number: "0458 737 732" })).toBe("sms:0458737732");
  });

  it("labels each way in plain words", () => {
    expect(contactLabel({ kind: "call", number: "999" })).toBe("Call 999");
    expect(contactLabel({ kind: "text", number: "22522", body: "LOVEIS" })).toBe("Text LOVEIS to 22522");
    expect(contactLabel({ kind: "tty", number: "800-787-3224" })).toBe("TTY 800-787-3224");
  });
});

describe("the help data", () => {
  it("gives every region an emergency number and every service a purpose and a way to reach it", () => {
    for (const region of helpRegions) {
      expect(region.emergency.ways.length).toBeGreaterThan(0);
      for (const service of [region.emergency, ...region.helplines]) {
        expect(service.purpose.length).toBeGreaterThan(10);
        expect(service.ways.length).toBeGreaterThan(0);
      }
    }
  });

  it("has unique region ids", () => {
    expect(new Set(helpRegions.map((region) => region.id)).size).toBe(helpRegions.length);
  });

  it("puts the emergency numbers on one line, grouping countries that share one", () => {
    expect(emergencyLine(helpRegions)).toBe("999 (UK) · 911 (US, Canada) · 000 (Australia) · 112 or 999 (Ireland) · 111 (NZ) · 112 (EU)");
  });

  it("picks one main helpline per country for the printed sheet", () => {
    expect(topTipsHelplines(helpRegions).map((line) => `${line.country} ${line.number}`)).toEqual([
      "UK 0808 2000 247",
      "US 800-799-7233",
      "Australia 1800 737 732",
      "Ireland 1800 341 900",
      "NZ 0800 733 843",
    ]);
  });
});
