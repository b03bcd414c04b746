import { safetyPlanSchema } from "../safety-plan/plan-store";
import { contactLogSchema } from "./contact-log-store";
import { finalMessageSchema } from "./final-message-store";
import type { LockableSchema } from "./lockable-store";
import { pauseNotesSchema } from "./pause-store";
import { reflectionsSchema } from "./reflections-store";

/**
 * The schema of every store the registry marks `sensitive: true`, in registry order: the one passphrase
 * seals all of them (a unit test holds this list and the registry to each other). Adding a sensitive
 * store takes its schema here and its entry in the registry.
 */
export const lockableSchemas: readonly LockableSchema<unknown>[] = [
  reflectionsSchema as LockableSchema<unknown>,
  safetyPlanSchema as LockableSchema<unknown>,
  pauseNotesSchema as LockableSchema<unknown>,
  finalMessageSchema as LockableSchema<unknown>,
  contactLogSchema as LockableSchema<unknown>,
];
