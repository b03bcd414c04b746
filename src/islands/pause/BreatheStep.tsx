import { useEffect, useState } from "preact/hooks";
import { pause } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import { clockText, countdownAt, startCountdown, timerMinutes, type Countdown } from "../../lib/tools/countdown";
import { plural } from "../tools/format";

interface Props {
  /** Tells the page's status region something, such as the timer ending. */
  announce: (text: string) => void;
  /** The clock, injectable for tests; milliseconds since the epoch. */
  now?: () => number;
}

/** Slow breathing, with an optional timer that reads the clock each time, so a tab switch can't slow it. */
export default function BreatheStep({ announce, now = Date.now }: Props) {
  const [countdown, setCountdown] = useState<Countdown | undefined>(undefined);
  const [, setTick] = useState(0);
  const state = countdown && countdownAt(countdown, now());

  useEffect(() => {
    if (!countdown) return;
    const refresh = () => setTick((tick) => tick + 1);
    const timer = setInterval(refresh, 250);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, [countdown]);

  useEffect(() => {
    if (state?.done) {
      setCountdown(undefined);
      announce(pause.timerDone);
    }
  }, [state?.done]);

  return (
    <>
      <p>{pause.breatheText}</p>
      <div class="pause__breath" aria-hidden="true" />
      {state && !state.done ? (
        <div class="pause__timer">
          <p class="pause__time" role="timer">
            {fill(pause.timeLeft, { time: clockText(state.secondsLeft) })}
          </p>
          <button type="button" class="button button--secondary" onClick={() => setCountdown(undefined)}>
            {pause.stopTimer}
          </button>
        </div>
      ) : (
        <fieldset class="pause__timer-choice">
          <legend>{pause.timerLegend}</legend>
          {timerMinutes.map((minutes) => (
            <button type="button" class="button button--secondary" key={minutes} onClick={() => setCountdown(startCountdown(minutes, now()))}>
              {fill(plural(minutes, pause.timerOne, pause.timerOther), { count: minutes })}
            </button>
          ))}
        </fieldset>
      )}
    </>
  );
}
