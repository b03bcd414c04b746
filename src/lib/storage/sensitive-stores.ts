import { safetyPlanSchema } from "../safety-plan/plan-store";
import { contactLogSchema } from "./contact-log-store";
import { finalMessageSchema } from "./final-message-store";
import { browserStorage } from "./browser-storage";
import type { LockableSchema } from "./lockable-store";
import { pauseNotesSchema } from "./pause-store";
import { reflectionsSchema } from "./reflections-store";
import { storageKeys } from "./storage-keys";

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

/** Whether a sensitive store other than the reflections holds anything: My reflections then offers the lock before any reflection is written. */
export function toolWordsKept(storage: () => Storage | undefined = browserStorage): boolean {
  try {
    return lockableSchemas.some((schema) => schema.key !== storageKeys.reflections && storage()?.getItem(schema.key) != null);
  } catch {
    return false;
  }
}
