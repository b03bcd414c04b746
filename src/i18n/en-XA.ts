import * as english from "./en";
import type { Catalogue } from "./catalogue";

/** Wraps a string so a page built in this locale shows which text came from the catalogue. */
const wrap = (text: string): string => `⟦${text}⟧`;

function wrapNamespace<Namespace extends Record<string, string>>(namespace: Namespace): Namespace {
  return Object.fromEntries(Object.entries(namespace).map(([key, text]) => [key, wrap(text)])) as Namespace;
}

export const locale: Catalogue["locale"] = { lang: "en-XA" };
export const completeToggle: Catalogue["completeToggle"] = wrapNamespace(english.completeToggle);
export const toolStorage: Catalogue["toolStorage"] = wrapNamespace(english.toolStorage);
export const finalMessageTool: Catalogue["finalMessageTool"] = wrapNamespace(english.finalMessageTool);
export const contactLogTool: Catalogue["contactLogTool"] = wrapNamespace(english.contactLogTool);
