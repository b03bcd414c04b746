import * as english from "./en";
import type { Catalogue } from "./catalogue";

/** Wraps a string so a page built in this locale shows which text came from the catalogue. */
const wrap = (text: string): string => `⟦${text}⟧`;

function wrapNamespace<Namespace extends Record<string, string>>(namespace: Namespace): Namespace {
  return Object.fromEntries(Object.entries(namespace).map(([key, text]) => [key, wrap(text)])) as Namespace;
}

export const locale: Catalogue["locale"] = { lang: "en-XA" };
export const completeToggle: Catalogue["completeToggle"] = wrapNamespace(english.completeToggle);
export const storedData: Catalogue["storedData"] = wrapNamespace(english.storedData);
export const eraseSiteData: Catalogue["eraseSiteData"] = wrapNamespace(english.eraseSiteData);
export const unreadableNotice: Catalogue["unreadableNotice"] = wrapNamespace(english.unreadableNotice);
export const saveFailure: Catalogue["saveFailure"] = wrapNamespace(english.saveFailure);
export const unlockForm: Catalogue["unlockForm"] = wrapNamespace(english.unlockForm);
export const lessonReflections: Catalogue["lessonReflections"] = wrapNamespace(english.lessonReflections);
export const reflectionRescue: Catalogue["reflectionRescue"] = wrapNamespace(english.reflectionRescue);
export const myReflections: Catalogue["myReflections"] = wrapNamespace(english.myReflections);
export const lockPanel: Catalogue["lockPanel"] = wrapNamespace(english.lockPanel);
export const courseProgress: Catalogue["courseProgress"] = wrapNamespace(english.courseProgress);
