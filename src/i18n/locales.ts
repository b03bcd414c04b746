/**
 * The locales the interface can be built in, each with a catalogue `src/i18n/<id>.ts` typed as
 * `Catalogue`. Adding a language takes that catalogue, a content folder and its id here; `SITE_LOCALE`
 * picks one per build. "en-XA" is a pseudo-locale: English with every string wrapped in ⟦ ⟧, so a build in
 * it shows any interface text written outside the catalogue (`npm run check:strings`).
 */
export const localeIds = ["en", "en-XA"] as const;

/** The id of a locale the site can be built in. */
export type LocaleId = (typeof localeIds)[number];

/** Reads `SITE_LOCALE` (build tooling only) and refuses an unknown one instead of silently building English. */
export function buildLocale(value: string | undefined): LocaleId {
  if (value === undefined || value === "") return "en";
  const found = localeIds.find((id) => id === value);
  if (!found) throw new Error(`SITE_LOCALE "${value}" is not one of: ${localeIds.join(", ")}`);
  return found;
}
