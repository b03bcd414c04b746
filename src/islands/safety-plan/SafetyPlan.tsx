import type { ComponentChildren } from "preact";
import { locale, safetyPlan, toolStorage } from "@ui-strings";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { createAutosave } from "../../lib/autosave";
import { helpRegions } from "../../lib/helplines";
import type { LockWriteResult } from "../../lib/storage/lockable-store";
import { onErased } from "../../lib/storage/erase-signal";
import { shownValue } from "../../lib/storage/store-view";
import { emptyPlan, type PlanTextField } from "../../lib/safety-plan/plan";
import { applyEdits, setCountry, setPhoneStep, setShowSite, setText, phoneStepList, type PlanEdit } from "../../lib/safety-plan/plan-edits";
import { countryChoices, numbersForCountry } from "../../lib/safety-plan/plan-numbers";
import { safetyPlanSchema, saveEdits, saveEditsNow } from "../../lib/safety-plan/plan-store";
import { useEnhanced } from "../shared/use-enhanced";
import { useSensitiveStore } from "../shared/use-sensitive-store";
import ToolLocked from "../shared/ToolLocked";
import ConfirmDialog from "../shared/ConfirmDialog";
import CountryNumbers from "./CountryNumbers";
import OwnNumbers from "./OwnNumbers";
import PlanSheet from "./PlanSheet";
import ReadyList from "./ReadyList";
import TextBox from "./TextBox";

interface Props {
  /** The `your-phone-and-accounts` lesson's checklist, read from the lesson at build time. */
  phoneSteps: readonly string[];
  /** That lesson's title and address, for the link beside the steps (none in a course without it). */
  phoneLesson?: { title: string; href: string } | undefined;
  /** The site's name and address, printed only if the reader ticks the option. */
  site: string;
  /** Shown until the island runs: the page's guidance for readers without scripts. */
  children?: ComponentChildren;
}

const failureMessages: Record<Extract<LockWriteResult, { ok: false }>["reason"], string> = {
  unavailable: safetyPlan.blocked,
  full: safetyPlan.full,
  "newer-version": safetyPlan.newer,
  failed: safetyPlan.failed,
  locked: toolStorage.failedLocked,
  erased: toolStorage.failedErased,
};

/**
 * The safety plan: every part saved as the reader types (after a pause, and at once when the page is
 * left), a printable sheet, and erase. Unsaved edits stay on screen and are tried again, so nothing is lost.
 */
export default function SafetyPlan({ phoneSteps, phoneLesson, site, children }: Props) {
  const enhanced = useEnhanced();
  // The plan is the reader's own words: sealed by the one passphrase. Locked, edits not yet saved wait in `pending`.
  const { store, view, reload } = useSensitiveStore(safetyPlanSchema);
  // Edits not yet stored, oldest first; shown on top of what is stored.
  const pending = useRef<PlanEdit[]>([]);
  const [, setPendingCount] = useState(0);
  const [message, setMessage] = useState("");
  const [confirming, setConfirming] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  // What the sheet is headed with, for the document title while printing.
  const printedTitle = useRef("");

  const setPending = (edits: PlanEdit[]) => {
    pending.current = edits;
    setPendingCount(edits.length);
  };

  const autosave = useMemo(
    () =>
      createAutosave<PlanEdit[], LockWriteResult>({
        save: async (edits) => {
          const result = await saveEdits(store, edits);
          // Edits are only ever appended, so the saved ones are the oldest.
          if (result.ok) setPending(pending.current.slice(edits.length));
          return result;
        },
        succeeded: (result) => result.ok,
        onResult: (result) => setMessage(result.ok ? safetyPlan.saved : failureMessages[result.reason]),
      }),
    [store],
  );

  const edit = (change: PlanEdit) => {
    setPending([...pending.current, change]);
    autosave.schedule(pending.current);
  };

  useEffect(() => {
    const onLeave = () => {
      if (pending.current.length === 0) return;
      autosave.discard();
      if (saveEditsNow(store, pending.current).ok) setPending([]);
    };
    const onPrint = () => {
      const title = document.title;
      // The browser puts the page's title on a saved PDF and in print headers: show the reader's title, not the site's.
      document.title = printedTitle.current;
      addEventListener("afterprint", () => (document.title = title), {
        once: true,
      });
    };
    addEventListener("pagehide", onLeave);
    addEventListener("beforeprint", onPrint);
    const stopErased = onErased(store.key, () => {
      autosave.discard();
      setPending([]);
      setMessage(safetyPlan.erasedElsewhere);
    });
    return () => {
      removeEventListener("pagehide", onLeave);
      removeEventListener("beforeprint", onPrint);
      stopErased();
    };
  }, [store, autosave]);

  // Opened on this page: show the plan, and save any edits that waited while it was locked.
  const unlocked = () => {
    reload();
    if (pending.current.length > 0) autosave.schedule(pending.current);
  };

  const shown = shownValue(view);
  const current = applyEdits(shown ?? emptyPlan, pending.current);
  printedTitle.current = current.title.trim() || safetyPlan.defaultTitle;
  const text = (field: PlanTextField, label: string, hint?: string) => (
    <TextBox
      id={`plan-${field}`}
      label={label}
      value={current[field]}
      hint={hint}
      single={field === "title"}
      onInput={(value) => edit(setText(field, value))}
    />
  );

  const erase = (confirmed: boolean) => {
    setConfirming(false);
    if (!confirmed) return;
    autosave.discard();
    setPending([]);
    const result = store.remove();
    setMessage(result.ok ? safetyPlan.erased : failureMessages[result.reason]);
    status.current?.focus();
  };

  const numbers = numbersForCountry(helpRegions, current.country);
  const date = new Intl.DateTimeFormat(locale.intl, { dateStyle: "long" }).format(new Date());

  return (
      <div class="safety-plan" data-enhanced={enhanced ? "" : undefined}>
        <div data-no-js>{children}</div>
        {view.state === "locked" && (
          <div data-needs-js>
            <ToolLocked idPrefix="safety-plan" onUnlocked={unlocked} />
          </div>
        )}
        {shown && (
          <div class="safety-plan__editor" data-needs-js>
            {view.state === "unsaved" && <p class="plan-alert">{view.reason === "newer" ? safetyPlan.newer : safetyPlan.blocked}</p>}
            {view.state === "ready" && view.damaged && <p class="plan-alert">{safetyPlan.damaged}</p>}

            {text("title", safetyPlan.titleLabel, safetyPlan.titleHint)}

            <section class="plan-part" aria-labelledby="plan-people">
              <h2 id="plan-people">{safetyPlan.peopleHeading}</h2>
              {text("trustedPeople", safetyPlan.trustedPeopleLabel)}
              {text("codeWord", safetyPlan.codeWordLabel)}
            </section>

            <section class="plan-part" aria-labelledby="plan-places">
              <h2 id="plan-places">{safetyPlan.placesHeading}</h2>
              {text("safePlaces", safetyPlan.safePlacesLabel)}
            </section>

            <section class="plan-part" aria-labelledby="plan-ready">
              <h2 id="plan-ready">{safetyPlan.readyHeading}</h2>
              <ReadyList plan={current} edit={edit} />
              {text("readyWhere", safetyPlan.readyWhereLabel)}
            </section>

            <section class="plan-part" aria-labelledby="plan-door">
              <h2 id="plan-door">{safetyPlan.doorHeading}</h2>
              {text("atTheDoor", safetyPlan.atTheDoorLabel)}
            </section>

            <section class="plan-part" aria-labelledby="plan-children">
              <h2 id="plan-children">{safetyPlan.childrenHeading}</h2>
              {text("childrenSchool", safetyPlan.childrenSchoolLabel)}
              {text("childrenCollect", safetyPlan.childrenCollectLabel)}
            </section>

            {phoneLesson && (
            <section class="plan-part" aria-labelledby="plan-phone">
              <h2 id="plan-phone">{safetyPlan.phoneHeading}</h2>
              <p>
                {safetyPlan.phoneIntro} <a href={phoneLesson.href}>{phoneLesson.title}</a>.
              </p>
              <ul class="plan-checklist">
                {phoneStepList(phoneSteps, current.phoneSteps).map(({ step, done, fromLesson }, index) => (
                  <li key={step}>
                    <input
                      type="checkbox"
                      id={`plan-phone-${index}`}
                      checked={done}
                      onChange={(event) => edit(setPhoneStep(step, event.currentTarget.checked))}
                    />
                    <label for={`plan-phone-${index}`}>
                      {step} {!fromLesson && <span class="plan-field__hint">{safetyPlan.phoneOldStep}</span>}
                    </label>
                  </li>
                ))}
              </ul>
            </section>
            )}

            <section class="plan-part" aria-labelledby="plan-numbers">
              <h2 id="plan-numbers">{safetyPlan.numbersHeading}</h2>
              <div class="plan-field">
                <label for="plan-country">{safetyPlan.countryLabel}</label>
                <p class="plan-field__hint" id="plan-country-hint">
                  {safetyPlan.countryHint}
                </p>
                <select
                  id="plan-country"
                  aria-describedby="plan-country-hint"
                  value={current.country}
                  onChange={(event) => edit(setCountry(event.currentTarget.value))}
                >
                  <option value="">{safetyPlan.countryNone}</option>
                  {countryChoices(helpRegions).map(({ id, name }) => (
                    <option key={id} value={id}>
                      {name}
                    </option>
                  ))}
                </select>
              </div>
              {numbers && <CountryNumbers numbers={numbers} />}
              <OwnNumbers plan={current} edit={edit} />
            </section>

            <section class="plan-part" aria-labelledby="plan-print">
              <h2 id="plan-print">{safetyPlan.printHeading}</h2>
              <p>{safetyPlan.printHint}</p>
              <p class="plan-option">
                <input type="checkbox" id="plan-show-site" checked={current.showSite} onChange={(event) => edit(setShowSite(event.currentTarget.checked))} />
                <label for="plan-show-site">{safetyPlan.showSiteLabel}</label>
              </p>
              <button type="button" class="button" onClick={() => window.print()}>
                {safetyPlan.printButton}
              </button>
            </section>

            <section class="plan-part" aria-labelledby="plan-erase">
              <h2 id="plan-erase">{safetyPlan.eraseHeading}</h2>
              <p>{safetyPlan.eraseBody}</p>
              <button type="button" class="button button--secondary" onClick={() => setConfirming(true)}>
                {safetyPlan.eraseButton}
              </button>
            </section>

            <p class="plan-status" role="status" tabIndex={-1} ref={status}>
              {message}
            </p>
            {confirming && (
              <ConfirmDialog
                heading={safetyPlan.eraseConfirmHeading}
                body={safetyPlan.eraseConfirmBody}
                confirmLabel={safetyPlan.eraseConfirm}
                cancelLabel={safetyPlan.eraseCancel}
                onClose={erase}
              />
            )}
          </div>
        )}
        {shown && <PlanSheet plan={current} numbers={numbers} date={date} site={site} />}
      </div>
  );
}
