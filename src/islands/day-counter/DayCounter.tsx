import type { ComponentChildren } from "preact";
import { useRef, useState } from "preact/hooks";
import { dayCounter } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import { createDayCounterStore } from "../../lib/storage/day-counter-store";
import { addDays } from "../../lib/tools/calendar-day";
import { clearHistory, emptyDayCounter, setStart, startAgain, summarise, type CounterSummary, type DayCounter as Counter, type MilestoneId, type StartProblem } from "../../lib/tools/day-counter";
import ConfirmDialog from "../shared/ConfirmDialog";
import { useEnhanced } from "../shared/use-enhanced";
import { storeNotice, toolFailureMessage } from "../shared/tool-storage";
import { useStore } from "../shared/use-store";
import { dayText, plural } from "../tools/format";
import { useToday } from "../tools/use-today";
import StartForm from "./StartForm";
import "./day-counter.css";

const store = createDayCounterStore();

const milestoneText: Record<MilestoneId, string> = {
  week: dayCounter.milestoneWeek,
  month: dayCounter.milestoneMonth,
  hundred: dayCounter.milestoneHundred,
  year: dayCounter.milestoneYear,
};

const daysText = (count: number) => fill(plural(count, dayCounter.daysOne, dayCounter.daysOther), { count });

function problemText(problem: StartProblem, counter: Counter): string {
  switch (problem) {
    case "invalid":
      return dayCounter.invalid;
    case "future":
      return dayCounter.future;
    case "before-last-streak": {
      const floor = counter.past.reduce((latest, streak) => (streak.ended > latest ? streak.ended : latest), "");
      return fill(dayCounter.beforeLastStreak, { date: dayText(floor) });
    }
  }
}

interface Props {
  /** What readers without JavaScript see instead (the page's no-script note), hidden once this runs. */
  children?: ComponentChildren;
}

/**
 * "Day N" since the day contact stopped, in the reader's time zone, with a history that survives
 * starting again. Server markup is only the no-script note; everything else needs the stored dates.
 */
export default function DayCounter({ children }: Props) {
  const enhanced = useEnhanced();
  const view = useStore(store, emptyDayCounter);
  const today = useToday();
  const [announcement, setAnnouncement] = useState("");
  const [confirming, setConfirming] = useState<"clear" | "stop" | undefined>(undefined);
  const status = useRef<HTMLParagraphElement>(null);

  const announce = (text: string, moveFocus: boolean) => {
    setAnnouncement(text);
    // When the control the reader used goes away, focus the message about what happened.
    if (moveFocus) status.current?.focus();
  };

  const save = async (change: (counter: Counter) => Counter, done: string, moveFocus: boolean) => {
    const result = await store.update(change, emptyDayCounter);
    announce(result.ok ? done : toolFailureMessage(result.reason), moveFocus);
  };

  /** Sets the start date, checked against what is stored now and again inside the write. */
  const chooseStart = async (day: string, done: (day: string) => string): Promise<string | undefined> => {
    const current = view.state === "loading" ? emptyDayCounter : view.value;
    const checked = setStart(current, day, today);
    if (!checked.ok) return problemText(checked.problem, current);
    await save((counter) => {
      const result = setStart(counter, day, today);
      return result.ok ? result.counter : counter;
    }, done(dayText(day)), true);
    return undefined;
  };

  const onConfirmClosed = async (confirmed: boolean) => {
    const chosen = confirming;
    setConfirming(undefined);
    if (!confirmed) return;
    if (chosen === "clear") await save(clearHistory, dayCounter.cleared, true);
    if (chosen === "stop") {
      const result = store.remove();
      announce(result.ok ? dayCounter.stopped : toolFailureMessage(result.reason), true);
    }
  };

  const note = view.state === "loading" ? undefined : storeNotice(view);
  const summary = view.state === "ready" ? summarise(view.value, today) : undefined;

  return (
    <div class="day-counter" data-enhanced={enhanced ? "" : undefined}>
      {children}
      <div data-needs-js>
        <p class="day-counter__status" role="status" tabIndex={-1} ref={status}>
          {announcement}
        </p>
        {note && <p class="day-counter__note">{note}</p>}
        {view.state === "ready" && !summary && (
          <section aria-labelledby="day-counter-set">
            <h2 id="day-counter-set">{dayCounter.setHeading}</h2>
            <StartForm idPrefix="day-counter-start" submitLabel={dayCounter.start} initial={today} today={today} onSubmit={(day) => chooseStart(day, (date) => fill(dayCounter.started, { date }))} />
          </section>
        )}
        {view.state === "ready" && summary && view.value.start && (
          <Counting summary={summary} start={view.value.start} today={today} onChange={(day) => chooseStart(day, (date) => fill(dayCounter.changed, { date }))} onStartAgain={() => void save((counter) => startAgain(counter, today), dayCounter.startedAgain, false)} onConfirm={setConfirming} />
        )}
      </div>
      {confirming === "clear" && (
        <ConfirmDialog heading={dayCounter.clearHeading} body={dayCounter.clearBody} confirmLabel={dayCounter.clearConfirm} cancelLabel={dayCounter.clearCancel} onClose={(confirmed) => void onConfirmClosed(confirmed)} />
      )}
      {confirming === "stop" && (
        <ConfirmDialog heading={dayCounter.stopHeading} body={dayCounter.stopBody} confirmLabel={dayCounter.stopConfirm} cancelLabel={dayCounter.stopCancel} onClose={(confirmed) => void onConfirmClosed(confirmed)} />
      )}
    </div>
  );
}

interface CountingProps {
  summary: CounterSummary;
  start: string;
  today: string;
  onChange: (day: string) => Promise<string | undefined>;
  onStartAgain: () => void;
  onConfirm: (what: "clear" | "stop") => void;
}

/** The count, its milestone, start again, the history and the ways to clear it. */
function Counting({ summary, start, today, onChange, onStartAgain, onConfirm }: CountingProps) {
  const milestone = summary.reached.at(-1);
  return (
    <>
      <p class="day-counter__day">{fill(dayCounter.day, { count: summary.day })}</p>
      <p>{fill(dayCounter.since, { date: dayText(start) })}</p>
      {milestone && <p>{milestoneText[milestone]}</p>}
      <p>
        <button type="button" class="button" onClick={onStartAgain}>
          {dayCounter.startAgain}
        </button>
      </p>
      <p class="day-counter__hint">{dayCounter.startAgainHint}</p>
      <details class="day-counter__change">
        <summary>{dayCounter.changeSummary}</summary>
        <StartForm idPrefix="day-counter-change" submitLabel={dayCounter.change} initial={start} today={today} onSubmit={onChange} />
      </details>
      <section aria-labelledby="day-counter-history">
        <h2 id="day-counter-history">{dayCounter.historyHeading}</h2>
        <p>{fill(dayCounter.longest, { days: daysText(summary.longest) })}</p>
        <p>{fill(dayCounter.total, { days: daysText(summary.total) })}</p>
        {summary.past.length === 0 ? (
          <p>{dayCounter.noHistory}</p>
        ) : (
          <>
            <ul class="day-counter__past">
              {summary.past.map((streak) => (
                <li key={`${streak.start}/${streak.ended}`}>
                  {/* The day contact happened begins the next count, so this one ends the day before. */}
                  {fill(dayCounter.pastStreak, { from: dayText(streak.start), to: dayText(addDays(streak.ended, streak.days > 0 ? -1 : 0)), days: daysText(streak.days) })}
                </li>
              ))}
            </ul>
            <p>
              <button type="button" class="button button--secondary" onClick={() => onConfirm("clear")}>
                {dayCounter.clearHistory}
              </button>
            </p>
          </>
        )}
        <p>
          <button type="button" class="button button--secondary" onClick={() => onConfirm("stop")}>
            {dayCounter.stop}
          </button>
        </p>
      </section>
    </>
  );
}
