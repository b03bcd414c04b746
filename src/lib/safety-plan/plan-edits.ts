import type { OwnItem, OwnNumber, PlanTextField, ReadyItemId, SafetyPlan } from "./plan";

/**
 * One change the reader made, applied to the plan as it is stored when the save runs. Saving edits
 * rather than a whole copy keeps what another tab changed meanwhile; applying one twice does no harm.
 */
export type PlanEdit = (plan: SafetyPlan) => SafetyPlan;

/** Applies edits in the order the reader made them. */
export function applyEdits(plan: SafetyPlan, edits: readonly PlanEdit[]): SafetyPlan {
  return edits.reduce((current, edit) => edit(current), plan);
}

const toggled = <T>(list: readonly T[], entry: T, on: boolean): T[] => (on ? (list.includes(entry) ? [...list] : [...list, entry]) : list.filter((item) => item !== entry));

export const setText =
  (field: PlanTextField, text: string): PlanEdit =>
  (plan) => ({ ...plan, [field]: text });

export const setReady =
  (id: ReadyItemId, ready: boolean): PlanEdit =>
  (plan) => ({ ...plan, readyTicked: toggled(plan.readyTicked, id, ready) });

/** Adds an item (once, however often the edit is applied). */
export const addOwnItem =
  (item: OwnItem): PlanEdit =>
  (plan) => (plan.ownItems.some(({ id }) => id === item.id) ? plan : { ...plan, ownItems: [...plan.ownItems, item] });

export const changeOwnItem =
  (id: string, change: Partial<Omit<OwnItem, "id">>): PlanEdit =>
  (plan) => ({ ...plan, ownItems: plan.ownItems.map((item) => (item.id === id ? { ...item, ...change } : item)) });

export const removeOwnItem =
  (id: string): PlanEdit =>
  (plan) => ({ ...plan, ownItems: plan.ownItems.filter((item) => item.id !== id) });

export const setPhoneStep =
  (step: string, done: boolean): PlanEdit =>
  (plan) => ({ ...plan, phoneSteps: toggled(plan.phoneSteps, step, done) });

export const setCountry =
  (country: string): PlanEdit =>
  (plan) => ({ ...plan, country });

export const addOwnNumber =
  (entry: OwnNumber): PlanEdit =>
  (plan) => (plan.ownNumbers.some(({ id }) => id === entry.id) ? plan : { ...plan, ownNumbers: [...plan.ownNumbers, entry] });

export const changeOwnNumber =
  (id: string, change: Partial<Omit<OwnNumber, "id">>): PlanEdit =>
  (plan) => ({ ...plan, ownNumbers: plan.ownNumbers.map((entry) => (entry.id === id ? { ...entry, ...change } : entry)) });

export const removeOwnNumber =
  (id: string): PlanEdit =>
  (plan) => ({ ...plan, ownNumbers: plan.ownNumbers.filter((entry) => entry.id !== id) });

export const setShowSite =
  (showSite: boolean): PlanEdit =>
  (plan) => ({ ...plan, showSite });

/**
 * The phone-and-account steps to show: the lesson's steps in its order, then any step ticked earlier
 * that the lesson no longer words the same way, so a tick is never silently dropped.
 */
export function phoneStepList(lessonSteps: readonly string[], ticked: readonly string[]): { step: string; done: boolean; fromLesson: boolean }[] {
  return [
    ...lessonSteps.map((step) => ({ step, done: ticked.includes(step), fromLesson: true })),
    ...ticked.filter((step) => !lessonSteps.includes(step)).map((step) => ({ step, done: true, fromLesson: false })),
  ];
}
