/**
 * Finds phone numbers written in text, for the checks that every number lives in src/lib/helplines.ts
 * and is shown as a tel:/sms: link. Two kinds count: any number the helplines data holds (even a
 * three-digit emergency number), written as a whole token, and anything shaped like a long phone number
 * (six or more digits, run together or in groups joined by single spaces or hyphens). ISO dates, CSS
 * values and figures with thousands separators don't. Examples live in tests/unit/phone-numbers.test.ts.
 */

/** A run of digit groups joined by single spaces or hyphens, not part of a longer word, figure, colour, date or web address. */
const phoneShaped = /(?<![\w#.,:/-])\+?\d+(?:[ -]\d+)*(?![\w-]|[.,]\w)/g;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** An SVG icon's coordinate box (four numbers in `viewBox`): geometry, never text a reader sees. */
const svgViewBox = /viewBox="[^"]*"/gi;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Every phone number in `text`: long phone-shaped numbers, and any of `knownNumbers` written as a whole token. */
export function phoneNumbersIn(source: string, knownNumbers: readonly string[]): string[] {
  const text = source.replace(svgViewBox, "");
  const groups = [...text.matchAll(phoneShaped)];
  const long = groups.filter((match) => match[0].replace(/\D/g, "").length >= 6 && !isoDate.test(match[0]));
  // A short helpline number that is one group of a longer number is part of that number, not a second one.
  const insideLong = (index: number) => long.some((match) => index >= match.index && index < match.index + match[0].length);
  const found = long.map((match) => match[0]);
  for (const number of knownNumbers) {
    const token = new RegExp(`(?<![\\w#.,:/-])${escapeRegExp(number)}(?![\\w-]|[.,]\\w)`, "g");
    found.push(...[...text.matchAll(token)].filter((match) => !insideLong(match.index)).map((match) => match[0]));
  }
  return [...new Set(found)];
}
