import { fill } from "../../i18n/catalogue";
import { contactHref, type ContactWay } from "../../lib/helplines";
import { safetyPlan } from "@ui-strings";

/** The words of a number's link ("Call …", "Text START to …"), from the catalogue. */
export function wayLabel(way: ContactWay): string {
  if (way.kind === "text") return way.body ? fill(safetyPlan.textWord, { word: way.body, number: way.number }) : fill(safetyPlan.text, { number: way.number });
  return fill(way.kind === "tty" ? safetyPlan.tty : safetyPlan.call, {
    number: way.number,
  });
}

/** A number as a link that calls or texts it (print shows the plain words). */
export function WayLink({ way }: { way: ContactWay }) {
  return <a href={contactHref(way)}>{wayLabel(way)}</a>;
}
