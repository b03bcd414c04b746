import { describe, expect, it } from "vitest";
import { clockText, countdownAt, startCountdown } from "../../../src/lib/tools/countdown";

/** A clock the test moves by hand. */
function fakeClock(start = Date.UTC(2026, 10, 29, 9, 0, 0)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("countdown", () => {
  it("counts down from the chosen minutes on a fake clock", () => {
    const clock = fakeClock();
    const timer = startCountdown(1, clock.now());
    expect(countdownAt(timer, clock.now())).toEqual({ secondsLeft: 60, done: false });
    clock.advance(400);
    expect(countdownAt(timer, clock.now())).toEqual({ secondsLeft: 60, done: false });
    clock.advance(600);
    expect(countdownAt(timer, clock.now())).toEqual({ secondsLeft: 59, done: false });
    clock.advance(59_000);
    expect(countdownAt(timer, clock.now())).toEqual({ secondsLeft: 0, done: true });
  });

  it("is right after a tab switch with no ticks in between, because it reads the start time", () => {
    const clock = fakeClock();
    const timer = startCountdown(5, clock.now());
    clock.advance(3 * 60_000 + 30_000);
    expect(countdownAt(timer, clock.now())).toEqual({ secondsLeft: 90, done: false });
    clock.advance(20 * 60_000);
    expect(countdownAt(timer, clock.now())).toEqual({ secondsLeft: 0, done: true });
  });

  it("never shows more than the full time if the clock steps back", () => {
    const clock = fakeClock();
    const timer = startCountdown(10, clock.now());
    clock.advance(-5_000);
    expect(countdownAt(timer, clock.now())).toEqual({ secondsLeft: 600, done: false });
  });

  it("writes minutes and seconds", () => {
    expect(clockText(600)).toBe("10:00");
    expect(clockText(65)).toBe("1:05");
    expect(clockText(0)).toBe("0:00");
  });
});
