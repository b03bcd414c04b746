import * as english from "./en";
import type { Catalogue } from "./catalogue";

/** Wraps a string so a page built in this locale shows which text came from the catalogue. */
const wrap = (text: string): string => `⟦${text}⟧`;

function wrapNamespace<Namespace extends Record<string, string>>(namespace: Namespace): Namespace {
  return Object.fromEntries(Object.entries(namespace).map(([key, text]) => [key, wrap(text)])) as Namespace;
}

// It checks the interface, not the content, so it reads English's passages.
export const locale: Catalogue["locale"] = { lang: "en-XA", intl: "en-XA", content: "en" };
export const completeToggle: Catalogue["completeToggle"] = wrapNamespace(english.completeToggle);
export const toolStorage: Catalogue["toolStorage"] = wrapNamespace(english.toolStorage);
export const finalMessageTool: Catalogue["finalMessageTool"] = wrapNamespace(english.finalMessageTool);
export const contactLogTool: Catalogue["contactLogTool"] = wrapNamespace(english.contactLogTool);
export const baseLayout: Catalogue["baseLayout"] = wrapNamespace(english.baseLayout);
export const courseProgress: Catalogue["courseProgress"] = wrapNamespace(english.courseProgress);
export const crisisLines: Catalogue["crisisLines"] = wrapNamespace(english.crisisLines);
export const dangerNow: Catalogue["dangerNow"] = wrapNamespace(english.dangerNow);
export const dayCounter: Catalogue["dayCounter"] = wrapNamespace(english.dayCounter);
export const emergencyNumbers: Catalogue["emergencyNumbers"] = wrapNamespace(english.emergencyNumbers);
export const eraseSiteData: Catalogue["eraseSiteData"] = wrapNamespace(english.eraseSiteData);
export const exitHint: Catalogue["exitHint"] = wrapNamespace(english.exitHint);
export const helpPage: Catalogue["helpPage"] = wrapNamespace(english.helpPage);
export const helplineDirectory: Catalogue["helplineDirectory"] = wrapNamespace(english.helplineDirectory);
export const homeDayLine: Catalogue["homeDayLine"] = wrapNamespace(english.homeDayLine);
export const homePage: Catalogue["homePage"] = wrapNamespace(english.homePage);
export const keyPoints: Catalogue["keyPoints"] = wrapNamespace(english.keyPoints);
export const lessonList: Catalogue["lessonList"] = wrapNamespace(english.lessonList);
export const lessonNav: Catalogue["lessonNav"] = wrapNamespace(english.lessonNav);
export const lessonPage: Catalogue["lessonPage"] = wrapNamespace(english.lessonPage);
export const lessonQuestions: Catalogue["lessonQuestions"] = wrapNamespace(english.lessonQuestions);
export const lessonReflections: Catalogue["lessonReflections"] = wrapNamespace(english.lessonReflections);
export const lessonSources: Catalogue["lessonSources"] = wrapNamespace(english.lessonSources);
export const lockPanel: Catalogue["lockPanel"] = wrapNamespace(english.lockPanel);
export const myReflections: Catalogue["myReflections"] = wrapNamespace(english.myReflections);
export const notFoundPage: Catalogue["notFoundPage"] = wrapNamespace(english.notFoundPage);
export const pause: Catalogue["pause"] = wrapNamespace(english.pause);
export const printButton: Catalogue["printButton"] = wrapNamespace(english.printButton);
export const quickExit: Catalogue["quickExit"] = wrapNamespace(english.quickExit);
export const reflectionRescue: Catalogue["reflectionRescue"] = wrapNamespace(english.reflectionRescue);
export const safetyNote: Catalogue["safetyNote"] = wrapNamespace(english.safetyNote);
export const safetyPage: Catalogue["safetyPage"] = wrapNamespace(english.safetyPage);
export const safetyPlan: Catalogue["safetyPlan"] = wrapNamespace(english.safetyPlan);
export const saveFailure: Catalogue["saveFailure"] = wrapNamespace(english.saveFailure);
export const searchPage: Catalogue["searchPage"] = wrapNamespace(english.searchPage);
export const searchResults: Catalogue["searchResults"] = wrapNamespace(english.searchResults);
export const silentCalls: Catalogue["silentCalls"] = wrapNamespace(english.silentCalls);
export const siteFooter: Catalogue["siteFooter"] = wrapNamespace(english.siteFooter);
export const siteHeader: Catalogue["siteHeader"] = wrapNamespace(english.siteHeader);
export const siteSearchForm: Catalogue["siteSearchForm"] = wrapNamespace(english.siteSearchForm);
export const storedData: Catalogue["storedData"] = wrapNamespace(english.storedData);
export const toolPages: Catalogue["toolPages"] = wrapNamespace(english.toolPages);
export const topTipsPage: Catalogue["topTipsPage"] = wrapNamespace(english.topTipsPage);
export const topTipsSheet: Catalogue["topTipsSheet"] = wrapNamespace(english.topTipsSheet);
export const unlockForm: Catalogue["unlockForm"] = wrapNamespace(english.unlockForm);
export const unreadableNotice: Catalogue["unreadableNotice"] = wrapNamespace(english.unreadableNotice);
export const offlineCopy: Catalogue["offlineCopy"] = wrapNamespace(english.offlineCopy);
export const offlinePage: Catalogue["offlinePage"] = wrapNamespace(english.offlinePage);
export const toolLockNote: Catalogue["toolLockNote"] = wrapNamespace(english.toolLockNote);
