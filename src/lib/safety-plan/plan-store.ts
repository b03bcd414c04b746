import { storageKeys } from "../storage/storage-keys";
import type { LockableSchema, LockableStore, LockWriteResult } from "../storage/lockable-store";
import type { Salvaged } from "../storage/versioned-store";
import { emptyPlan, parsePlan, type SafetyPlan } from "./plan";
import { applyEdits, type PlanEdit } from "./plan-edits";

/** The version written now: 2 wraps the plan as `{ state: "open", plan }` or sealed, so the passphrase can lock it. */
export const PLAN_VERSION = 2;

type Step = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * Steps that upgrade an older stored value by one version: `planMigrations[n]` turns version n into
 * n + 1, as the plan's own object. Version 1 stored the plan itself in the open (`{ version: 1, ...plan }`);
 * version 2 keeps the same plan beside `state`, so its step changes nothing in the plan.
 */
export const planMigrations: Readonly<Record<number, Step>> = { 1: (raw) => raw };

/** Upgrades `raw` step by step to the current version and reads it, or undefined when a step is missing. */
export function migratePlan(raw: Record<string, unknown>, fromVersion: number, steps: Readonly<Record<number, Step>> = planMigrations, toVersion = PLAN_VERSION): Salvaged<SafetyPlan> | undefined {
  let value = raw;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = steps[version];
    if (!step) return undefined;
    value = step(value);
  }
  return parsePlan(value);
}

/**
 * What is stored under `nocontact:safety-plan` (version 2): `{ state: "open", plan }`, or, once the reader
 * set the passphrase, `{ state: "locked", lock }` with the plan sealed (lockable-store.ts).
 */
export const safetyPlanSchema: LockableSchema<SafetyPlan> = {
  key: storageKeys.safetyPlan,
  version: PLAN_VERSION,
  field: "plan",
  parseData: parsePlan,
  migrate: (raw, fromVersion) => migratePlan(raw, fromVersion),
  empty: emptyPlan,
};

export type SafetyPlanStore = LockableStore<SafetyPlan>;

/** Saves the reader's edits onto the plan as stored now, under the key's lock (sealed when a passphrase is set). */
export function saveEdits(store: SafetyPlanStore, edits: readonly PlanEdit[]): Promise<LockWriteResult> {
  return store.change((plan) => applyEdits(plan, edits));
}

/** The same as saveEdits, with nothing to wait for: for the moment the page is left. */
export function saveEditsNow(store: SafetyPlanStore, edits: readonly PlanEdit[]): LockWriteResult {
  return store.changeNow((plan) => applyEdits(plan, edits));
}
