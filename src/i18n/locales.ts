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

/**
 * The folder under `src/content/prose/` that holds each locale's long explanatory passages (content, not
 * catalogue). The pseudo-locale reads English's: it checks the interface, not the content.
 */
export const contentFolders: Readonly<Record<LocaleId, string>> = { en: "en", "en-XA": "en" };

/** The content folder for the page's `<html lang>` tag; refuses a locale that has none. */
export function contentFolder(lang: string): string {
  return contentFolders[buildLocale(lang)];
}
