import { safetyPlan } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import type { SafetyPlan } from "../../lib/safety-plan/plan";
import { addOwnNumber, changeOwnNumber, removeOwnNumber, type PlanEdit } from "../../lib/safety-plan/plan-edits";
import { newId } from "./new-id";

/** The reader's own numbers: a name and a number per row, added and removed as they like. */
export default function OwnNumbers({ plan, edit }: { plan: SafetyPlan; edit: (change: PlanEdit) => void }) {
  return (
    <fieldset class="plan-own-numbers">
      <legend>{safetyPlan.ownNumbersHeading}</legend>
      {plan.ownNumbers.map((entry, index) => (
        <div class="plan-own-numbers__row" key={entry.id}>
          <div class="plan-field">
            <label for={`plan-number-name-${entry.id}`}>{safetyPlan.ownNameLabel}</label>
            <input
              type="text"
              id={`plan-number-name-${entry.id}`}
              autocomplete="off"
              value={entry.name}
              onInput={(event) =>
                edit(
                  changeOwnNumber(entry.id, {
                    name: event.currentTarget.value,
                  }),
                )
              }
            />
          </div>
          <div class="plan-field">
            <label for={`plan-number-${entry.id}`}>{safetyPlan.ownNumberLabel}</label>
            <input
              type="tel"
              id={`plan-number-${entry.id}`}
              autocomplete="off"
              value={entry.number}
              onInput={(event) =>
                edit(
                  changeOwnNumber(entry.id, {
                    number: event.currentTarget.value,
                  }),
                )
              }
            />
          </div>
          <button
            type="button"
            class="button button--secondary plan-remove"
            aria-label={fill(safetyPlan.removeNumber, { position: index + 1 })}
            onClick={() => edit(removeOwnNumber(entry.id))}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" class="button button--secondary" onClick={() => edit(addOwnNumber({ id: newId(), name: "", number: "" }))}>
        {safetyPlan.addNumber}
      </button>
    </fieldset>
  );
}
