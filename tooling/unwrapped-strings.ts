// The core of `npm run check:strings`: in a page built with the en-XA pseudo-locale, every catalogue string
// arrives wrapped in ⟦ ⟧, so interface text without the brackets was written outside the catalogue.
import { Parser } from "htmlparser2";

/** Elements whose text is never interface text: code and styles, and literal identifiers (`<code>`: storage keys, file names). */
const skippedElements = new Set(["script", "style", "code"]);

/** The one marker for content (lesson bodies, the site pages' explanatory passages): skipped with everything inside. */
export const CONTENT_MARKER = "data-content";

/** Attributes a reader hears or sees. `value` counts only on input buttons (a `<button>`'s value is never shown); `content` only on the meta description. */
const userFacingAttributes = new Set(["aria-label", "aria-description", "aria-roledescription", "title", "alt", "placeholder"]);
const buttonInputTypes = new Set(["button", "submit", "reset"]);

/** Splits text nodes in the joined page text, so strings from different elements never run together. */
const boundary = "\u0000";

/** Removes every ⟦…⟧ span, innermost first, so a link's wrapped text inside a wrapped sentence goes with it. */
function stripWrapped(text: string): string {
  let previous: string;
  let current = text;
  do {
    previous = current;
    current = current.replace(/⟦[^⟦⟧]*⟧/g, boundary);
  } while (current !== previous);
  return current;
}

const collapse = (text: string): string => text.replace(/\s+/g, " ").trim();
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Builds the test for text that may stand unwrapped: data that is the same whatever the interface's
 * language (the site name, helpline data, lesson frontmatter) as whole words, then anything left with no
 * letter in it (punctuation, numbers, phone numbers).
 */
function unwrappedTest(allowed: readonly string[]): (fragment: string) => string | undefined {
  const words = [...new Set(allowed.map(collapse).filter((text) => /\p{L}/u.test(text)))].sort((a, b) => b.length - a.length);
  const allowedPattern = words.length > 0 ? new RegExp(`(?<!\\p{L})(?:${words.map(escapeRegExp).join("|")})(?!\\p{L})`, "gu") : undefined;
  return (fragment) => {
    const text = collapse(fragment);
    const rest = allowedPattern ? text.replace(allowedPattern, " ") : text;
    return /\p{L}/u.test(rest) ? text : undefined;
  };
}

/**
 * The interface strings in `html` that are not wrapped in ⟦ ⟧: text nodes and user-facing attributes
 * (aria-label, title, alt, placeholder, button values, the meta description; `<title>` is a text node),
 * outside `data-content` regions, `<script>`, `<style>` and `<code>`. `allowed` lists data that may
 * stand unwrapped. Each string once: attributes first, then text, each in page order.
 */
export function unwrappedStrings(html: string, allowed: readonly string[] = []): string[] {
  const isUnwrapped = unwrappedTest(allowed);
  const found: string[] = [];
  const report = (text: string): void => {
    for (const fragment of stripWrapped(text).split(boundary)) {
      const unwrapped = isUnwrapped(fragment);
      if (unwrapped !== undefined && !found.includes(unwrapped)) found.push(unwrapped);
    }
  };

  // Open elements, and how many of them put their content out of scope.
  const open: { skips: boolean }[] = [];
  let skipping = 0;
  let pageText = "";

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        pageText += boundary;
        const skips = skippedElements.has(name) || CONTENT_MARKER in attributes;
        open.push({ skips });
        if (skips) skipping += 1;
        if (skipping > 0) return;
        for (const [attribute, value] of Object.entries(attributes)) {
          const isButtonValue = attribute === "value" && name === "input" && buttonInputTypes.has(attributes["type"] ?? "");
          const isDescription = attribute === "content" && name === "meta" && attributes["name"] === "description";
          if (userFacingAttributes.has(attribute) || isButtonValue || isDescription) report(value);
        }
      },
      ontext(text) {
        if (skipping === 0) pageText += text;
      },
      onclosetag() {
        pageText += boundary;
        if (open.pop()?.skips) skipping -= 1;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  report(pageText);
  return found;
}
