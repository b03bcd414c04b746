import { useState } from "preact/hooks";
import { safetyPlan } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import type { SafetyPlan } from "../../lib/safety-plan/plan";
import { addOwnItem, changeOwnItem, removeOwnItem, setReady, type PlanEdit } from "../../lib/safety-plan/plan-edits";
import { readyItems } from "./ready-items";
import { newId } from "./new-id";

/** The "keep ready" checklist: the starting items, the reader's own, and a box to add more. */
export default function ReadyList({ plan, edit }: { plan: SafetyPlan; edit: (change: PlanEdit) => void }) {
  const [draft, setDraft] = useState("");
  const add = (event: Event) => {
    event.preventDefault();
    if (draft.trim() === "") return;
    edit(addOwnItem({ id: newId(), text: draft, done: false }));
    setDraft("");
  };
  return (
    <>
      <ul class="plan-checklist">
        {readyItems.map(({ id, label }) => (
          <li key={id}>
            <input
              type="checkbox"
              id={`plan-ready-${id}`}
              checked={plan.readyTicked.includes(id)}
              onChange={(event) => edit(setReady(id, event.currentTarget.checked))}
            />
            <label for={`plan-ready-${id}`}>{label}</label>
          </li>
        ))}
        {plan.ownItems.map((item) => (
          <li key={item.id}>
            <input
              type="checkbox"
              id={`plan-own-${item.id}`}
              checked={item.done}
              onChange={(event) => edit(changeOwnItem(item.id, { done: event.currentTarget.checked }))}
            />
            <label for={`plan-own-${item.id}`}>{item.text}</label>
            <button
              type="button"
              class="button button--secondary plan-remove"
              aria-label={fill(safetyPlan.removeItem, { item: item.text })}
              onClick={() => edit(removeOwnItem(item.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form class="plan-add" onSubmit={add}>
        <label for="plan-own-item">{safetyPlan.ownItemLabel}</label>
        <div class="plan-add__row">
          <input type="text" id="plan-own-item" autocomplete="off" value={draft} onInput={(event) => setDraft(event.currentTarget.value)} />
          <button type="submit" class="button button--secondary">
            {safetyPlan.addItem}
          </button>
        </div>
      </form>
    </>
  );
}
