export const completeToggle = {
  /** The button before the lesson is marked. */
  mark: "Mark lesson complete",
  /** Read by screen readers before "Completed", so the button's name still says what it does. */
  markedPrefix: "Mark lesson complete: ",
  /** The button once the lesson is marked. */
  marked: "Completed",
  /** Shown beside a marked lesson's button. */
  undoHint: "Press it again to undo.",
  blocked: "Your browser is blocking storage, so progress can't be saved on this device. The lesson is all here to read.",
  full: "This device's storage is full, so progress couldn't be saved.",
  newerVersion: "Progress was saved by a newer version of this course, so it is left as it is.",
  failed: "Progress couldn't be saved on this device just now.",
};
