/** What a form field says to assistive technology: invalid or not, and the hint and problem lines that describe it. */
export interface FieldDescription {
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/**
 * The one way a tool's form field is tied to its hint and, when the reader's entry has one, its problem:
 * `aria-invalid` only while there is a problem, and `aria-describedby` naming whichever lines are shown.
 */
export function describeField(hintId: string | undefined, problemId: string | undefined): FieldDescription {
  const ids = [hintId, problemId].filter((id) => id !== undefined).join(" ");
  return { "aria-invalid": problemId === undefined ? undefined : true, "aria-describedby": ids === "" ? undefined : ids };
}
