import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Catalogue } from "../../i18n/catalogue";

/**
 * The island's strings, from the `safetyPlan` namespace, passed in by the page rather than imported from
 * "@ui-strings": an island importing the catalogue shares one chunk with every lesson's scripts, so
 * its strings would weigh on every lesson page.
 */
export type PlanStrings = Catalogue["safetyPlan"];

export const PlanStringsContext = createContext<PlanStrings | undefined>(undefined);

/** The strings given to the island; only used inside it. */
export function usePlanStrings(): PlanStrings {
  const strings = useContext(PlanStringsContext);
  if (!strings) throw new Error("The safety plan's strings were not provided");
  return strings;
}
