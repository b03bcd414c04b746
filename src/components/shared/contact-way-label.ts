import { helplineDirectory } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import type { ContactWay } from "../../lib/helplines";

/** A contact link's visible words: "Call" and the number, "Text" with the word to send, or "TTY". */
export function contactWayLabel(way: ContactWay): string {
  const number = way.number;
  if (way.kind === "text") return way.body ? fill(helplineDirectory.textWord, { word: way.body, number }) : fill(helplineDirectory.text, { number });
  return fill(way.kind === "tty" ? helplineDirectory.tty : helplineDirectory.call, { number });
}
