import { safetyPlan } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import type { SafetyPlan } from "../../lib/safety-plan/plan";
import type { CountryNumbers as Numbers } from "../../lib/safety-plan/plan-numbers";
import CountryNumbers from "./CountryNumbers";
import { readyItems } from "./ready-items";

interface Props {
  plan: SafetyPlan;
  numbers: Numbers | undefined;
  /** The printed date, already formatted for the page's language. */
  date: string;
  /** The site's name and address, printed only when the reader chose it. */
  site: string;
}

/** One part of the sheet, left out when the reader wrote nothing in it. */
function Part({ heading, children, show }: { heading: string; children: preact.ComponentChildren; show: boolean }) {
  if (!show) return null;
  return (
    <section class="plan-sheet__part">
      <h2>{heading}</h2>
      {children}
    </section>
  );
}

/** A labelled answer, as text (never markup), keeping the reader's line breaks. */
function Answer({ label, text }: { label: string; text: string }) {
  if (text.trim() === "") return null;
  return (
    <p class="plan-sheet__answer">
      <strong>{label}:</strong> {text}
    </p>
  );
}

/** The printed plan: only what the reader filled in, under their title and the date. Shown only in print. */
export default function PlanSheet({ plan, numbers, date, site }: Props) {
  const has = (...texts: string[]) => texts.some((text) => text.trim() !== "");
  const ready = [
    ...readyItems
      .filter(({ id }) => plan.readyTicked.includes(id))
      .map(({ label }) => label),
    ...plan.ownItems.filter((item) => item.done && item.text.trim() !== "").map((item) => item.text),
  ];
  const ownNumbers = plan.ownNumbers.filter((entry) => has(entry.name, entry.number));
  return (
    <article class="plan-sheet">
      <header class="plan-sheet__header">
        <h1>{plan.title.trim() || safetyPlan.defaultTitle}</h1>
        <p>{fill(safetyPlan.printedOn, { date })}</p>
      </header>
      <Part heading={safetyPlan.peopleHeading} show={has(plan.trustedPeople, plan.codeWord)}>
        <Answer label={safetyPlan.trustedPeopleLabel} text={plan.trustedPeople} />
        <Answer label={safetyPlan.codeWordLabel} text={plan.codeWord} />
      </Part>
      <Part heading={safetyPlan.placesHeading} show={has(plan.safePlaces)}>
        <Answer label={safetyPlan.safePlacesLabel} text={plan.safePlaces} />
      </Part>
      <Part heading={safetyPlan.readyHeading} show={ready.length > 0 || has(plan.readyWhere)}>
        {ready.length > 0 && (
          <ul>
            {ready.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        )}
        <Answer label={safetyPlan.readyWhereLabel} text={plan.readyWhere} />
      </Part>
      <Part heading={safetyPlan.doorHeading} show={has(plan.atTheDoor)}>
        <Answer label={safetyPlan.atTheDoorLabel} text={plan.atTheDoor} />
      </Part>
      <Part heading={safetyPlan.childrenHeading} show={has(plan.childrenSchool, plan.childrenCollect)}>
        <Answer label={safetyPlan.childrenSchoolLabel} text={plan.childrenSchool} />
        <Answer label={safetyPlan.childrenCollectLabel} text={plan.childrenCollect} />
      </Part>
      <Part heading={safetyPlan.phoneHeading} show={plan.phoneSteps.length > 0}>
        <ul>
          {plan.phoneSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      </Part>
      <Part heading={safetyPlan.numbersHeading} show={numbers !== undefined || ownNumbers.length > 0}>
        {numbers && <CountryNumbers numbers={numbers} />}
        {ownNumbers.length > 0 && (
          <ul>
            {ownNumbers.map((entry) => (
              <li key={entry.id}>
                {entry.name}
                {entry.name.trim() && entry.number.trim() ? ": " : ""}
                {entry.number}
              </li>
            ))}
          </ul>
        )}
      </Part>
      {plan.showSite && <p class="plan-sheet__site">{fill(safetyPlan.printedFrom, { site })}</p>}
    </article>
  );
}
