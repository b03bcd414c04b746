import { storageKeys } from "../storage/storage-keys";
import { browserStorage, type WriteResult } from "../storage/browser-storage";
import { createVersionedStore, type Salvaged, type StoreSchema, type StoreTransaction, type VersionedStore } from "../storage/versioned-store";
import { emptyPlan, parsePlan, type SafetyPlan } from "./plan";
import { applyEdits, type PlanEdit } from "./plan-edits";

/** The version written now. */
export const PLAN_VERSION = 1;

/**
 * Steps that upgrade an older stored value by one version: `planMigrations[n]` turns version n into
 * n + 1. Version 1 is the first, so there are none yet; a later version adds its step here.
 */
export const planMigrations: Readonly<Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>> = {};

/** Upgrades `raw` step by step to the current version and reads it, or undefined when a step is missing. */
export function migratePlan(
  raw: Record<string, unknown>,
  fromVersion: number,
  steps: Readonly<Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>> = planMigrations,
  toVersion = PLAN_VERSION,
): Salvaged<SafetyPlan> | undefined {
  let value = raw;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = steps[version];
    if (!step) return undefined;
    value = step(value);
  }
  return parsePlan(value);
}

export const safetyPlanSchema: StoreSchema<SafetyPlan> = {
  key: storageKeys.safetyPlan,
  version: PLAN_VERSION,
  parse: parsePlan,
  migrate: (raw, fromVersion) => migratePlan(raw, fromVersion),
};

export type SafetyPlanStore = VersionedStore<SafetyPlan>;

/** The plan's store. Until the passphrase lock lands it is a plain versioned store; the lock will seal the whole value. */
export function createSafetyPlanStore(storage: () => Storage | undefined = browserStorage): SafetyPlanStore {
  return createVersionedStore(safetyPlanSchema, storage);
}

function writeEdits(tx: StoreTransaction<SafetyPlan>, edits: readonly PlanEdit[]): WriteResult {
  const found = tx.read();
  if (found.status === "newer") return { ok: false, reason: "newer-version" };
  if (found.status === "unavailable") return { ok: false, reason: "unavailable" };
  return tx.write(applyEdits(found.status === "ok" ? found.value : emptyPlan, edits));
}

/** Saves the reader's edits onto the plan as stored now, under the key's lock. */
export function saveEdits(store: SafetyPlanStore, edits: readonly PlanEdit[]): Promise<WriteResult> {
  return store.transaction((tx) => writeEdits(tx, edits));
}

/** The same, with nothing to wait for: for the moment the page is left. */
export function saveEditsNow(store: SafetyPlanStore, edits: readonly PlanEdit[]): WriteResult {
  return store.transactionNow((tx) => writeEdits(tx, edits));
}
