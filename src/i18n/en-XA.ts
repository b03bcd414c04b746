import * as english from "./en";
import type { Catalogue } from "./catalogue";

/** Wraps a string so a page built in this locale shows which text came from the catalogue. */
const wrap = (text: string): string => `⟦${text}⟧`;

function wrapNamespace<Namespace extends Record<string, string>>(namespace: Namespace): Namespace {
  return Object.fromEntries(Object.entries(namespace).map(([key, text]) => [key, wrap(text)])) as Namespace;
}

export const locale: Catalogue["locale"] = { lang: "en-XA" };
export const completeToggle: Catalogue["completeToggle"] = wrapNamespace(english.completeToggle);
export const quickExit: Catalogue["quickExit"] = wrapNamespace(english.quickExit);
export const exitHint: Catalogue["exitHint"] = wrapNamespace(english.exitHint);
export const siteHeader: Catalogue["siteHeader"] = wrapNamespace(english.siteHeader);
export const siteSearchForm: Catalogue["siteSearchForm"] = wrapNamespace(english.siteSearchForm);
export const searchPage: Catalogue["searchPage"] = wrapNamespace(english.searchPage);
export const searchResults: Catalogue["searchResults"] = wrapNamespace(english.searchResults);
export const printButton: Catalogue["printButton"] = wrapNamespace(english.printButton);
