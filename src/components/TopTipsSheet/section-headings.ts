import { topTipsSheet } from "@ui-strings";
import type { TopTipsSectionId } from "../../lib/top-tips";

/** Each section's heading on the sheet, from the catalogue. */
export const sectionHeadings: Readonly<Record<TopTipsSectionId, string>> = {
  "when-to-call-for-help": topTipsSheet.whenToCallForHelp,
  "your-safety-plan": topTipsSheet.yourSafetyPlan,
  "no-contact-checklist": topTipsSheet.noContactChecklist,
  "when-the-urge-comes": topTipsSheet.whenTheUrgeComes,
  "taking-back-control": topTipsSheet.takingBackControl,
};
