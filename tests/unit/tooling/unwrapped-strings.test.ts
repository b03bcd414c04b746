import { describe, expect, it } from "vitest";
import { unwrappedStrings } from "../../../tooling/unwrapped-strings";

const page = (body: string, head = "<title>⟦Get help⟧</title>"): string =>
  `<!doctype html><html lang="en-XA"><head>${head}</head><body>${body}</body></html>`;

describe("unwrappedStrings", () => {
  it("reports text written outside the catalogue, once each", () => {
    const html = page("<h1>⟦Get help⟧</h1><p>Call us now</p><p>Call us now</p><nav><a href='/'>All lessons</a></nav>");
    expect(unwrappedStrings(html)).toEqual(["Call us now", "All lessons"]);
  });

  it("reports English left beside a wrapped string in the same text", () => {
    expect(unwrappedStrings(page("<p>⟦Last reviewed⟧ in November</p>"))).toEqual(["in November"]);
  });

  it("accepts a wrapped sentence with markup inside it, and a wrapped link inside that", () => {
    const html = page("<p>⟦In danger now? Call, or <a href='/help/'>⟦find a helpline⟧</a>.⟧</p><p>⟦Last reviewed <time>November 2026</time>⟧</p>");
    expect(unwrappedStrings(html)).toEqual([]);
  });

  it("reports an opening bracket that is never closed", () => {
    expect(unwrappedStrings(page("<p>⟦Last reviewed <time>November 2026</time></p>"))).toEqual(["⟦Last reviewed", "November 2026"]);
  });

  it("checks the title, the meta description and the attributes a reader hears or sees", () => {
    const html = page(
      `<nav aria-label="Site"></nav><img src="a.svg" alt="A map"><abbr title="⟦Textphone⟧">TTY</abbr><input type="submit" value="Send"><input name="q" value="what they typed" placeholder="Search">`,
      `<title>Get help · No Contact</title><meta name="description" content="Helplines near you">`,
    );
    expect(unwrappedStrings(html)).toEqual(["Helplines near you", "Site", "A map", "Send", "Search", "Get help · No Contact", "TTY"]);
  });

  it("ignores attributes no reader sees: a button's value, ids, classes, links", () => {
    const html = page(`<button value="erase" class="danger" id="erase-button">⟦Erase⟧</button><a href="/help/" data-kind="help">⟦Help⟧</a>`);
    expect(unwrappedStrings(html)).toEqual([]);
  });

  it("skips content regions, scripts, styles and code, but not hidden interface text", () => {
    const html = page(
      `<div data-content><p>Lesson prose.</p><aside aria-label="Safety">Safety first</aside></div><script>const a = "text";</script><style>.a{}</style><code>nocontact:progress</code><p hidden>Nothing found</p>`,
    );
    expect(unwrappedStrings(html)).toEqual(["Nothing found"]);
  });

  it("lets punctuation, numbers and allowed data stand unwrapped, as whole words only", () => {
    const allowed = ["No Contact", "UK", "Samaritans", "Free, 24 hours"];
    const html = page(`<p>555 (UK) · 555 0123</p><p>Samaritans</p><p>Free, 24 hours.</p><p>UKulele</p><p>Samaritans helps</p>`);
    expect(unwrappedStrings(html, allowed)).toEqual(["UKulele", "Samaritans helps"]);
  });

  it("keeps text from neighbouring elements apart", () => {
    expect(unwrappedStrings(page("<p>⟦Next⟧</p><p>Back</p>"))).toEqual(["Back"]);
  });
});
