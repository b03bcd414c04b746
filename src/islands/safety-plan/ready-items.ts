import type { ReadyItemId } from "../../lib/safety-plan/plan";
import { safetyPlan } from "@ui-strings";

/** The starting "keep ready" items with their words from the catalogue, in the order shown. */
export const readyItems: readonly { id: ReadyItemId; label: string }[] = [
  { id: "documents", label: safetyPlan.readyDocuments },
  { id: "keys", label: safetyPlan.readyKeys },
  { id: "money", label: safetyPlan.readyMoney },
  { id: "medicines", label: safetyPlan.readyMedicines },
  { id: "phone-and-charger", label: safetyPlan.readyPhone },
  { id: "childrens-things", label: safetyPlan.readyChildren },
];
