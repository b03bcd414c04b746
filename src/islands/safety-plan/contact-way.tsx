import { contactWayLabel } from "../../components/shared/contact-way-label";
import { contactHref, type ContactWay } from "../../lib/helplines";

/** A number as a link that calls or texts it, in the help page's words (print shows the plain words). */
export function WayLink({ way }: { way: ContactWay }) {
  return <a href={contactHref(way)}>{contactWayLabel(way)}</a>;
}
