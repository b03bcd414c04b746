import { describe, expect, it } from "vitest";
import { problemsWith } from "../../../scripts/check-test-results.ts";

const unit = (tests: number, pending = 0) => ({
  numTotalTests: tests,
  numPendingTests: pending,
  numTodoTests: 0,
  testResults: [{ name: "tests/unit/a.test.ts", assertionResults: [] }],
});
const e2e = (tests: { title: string; expectedStatus: string }[], skipped = 0) => ({
  stats: { expected: tests.length, unexpected: 0, flaky: 0, skipped },
  suites: [{ title: "a.spec.ts", file: "a.spec.ts", specs: tests.map((test) => ({ title: test.title, file: "a.spec.ts", tests: [{ expectedStatus: test.expectedStatus }] })), suites: [] }],
});
const run = (overrides: Partial<Parameters<typeof problemsWith>[0]> = {}) =>
  problemsWith({
    unit: unit(10),
    e2e: e2e([{ title: "works", expectedStatus: "passed" }]),
    minimums: { unit: 10, browser: 1 },
    unitFiles: ["tests/unit/a.test.ts"],
    browserFiles: ["tests/e2e/a.spec.ts"],
    ...overrides,
  }).problems;

describe("the test-run guard", () => {
  it("accepts a full run", () => {
    expect(run()).toEqual([]);
  });

  it("refuses fewer tests than the committed minimums", () => {
    expect(run({ unit: unit(9) })).toEqual(["9 unit tests ran, fewer than the 10 expected"]);
    expect(run({ minimums: { unit: 10, browser: 2 } })).toEqual(["1 browser tests ran, fewer than the 2 expected"]);
  });

  it("refuses skipped tests", () => {
    expect(run({ unit: unit(11, 1) })).toEqual(["1 tests were skipped"]);
  });

  it("refuses a browser test marked as expected to fail (test.fail)", () => {
    expect(run({ e2e: e2e([{ title: "broken", expectedStatus: "failed" }]) })).toEqual(["tests marked as expected to fail: a.spec.ts: broken"]);
  });

  it("refuses a unit test marked .fails", () => {
    // Built from parts, so that this file itself doesn't trip the guard.
    const source = `${["it", "fails"].join(".")}("x", () => {})`;
    expect(run({ unitSources: { "tests/unit/a.test.ts": source } })).toEqual(["tests marked as expected to fail: tests/unit/a.test.ts: uses .fails"]);
  });

  it("refuses test files that were never collected", () => {
    expect(run({ unitFiles: ["tests/unit/a.test.ts", "tests/b.test.ts"] })).toEqual(["unit test files never collected: tests/b.test.ts"]);
    expect(run({ browserFiles: ["tests/e2e/a.spec.ts", "tests/e2e/b.spec.ts"] })).toEqual(["browser test files never collected: tests/e2e/b.spec.ts"]);
  });
});
