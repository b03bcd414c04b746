/** The home page's next step, progress and reset. */
export const courseProgress = {
  /** `{number}` and `{title}` name the lesson. */
  start: "Start with lesson {number}: {title}",
  continue: "Continue with lesson {number}: {title}",
  again: "Read the course again from lesson {number}",
  /** `{done}` of `{total}` lessons. */
  count: "{done} of {total} lessons complete",
  unsaved: "Progress can't be saved or read on this device, but every lesson is here to read.",
  lessonsHeading: "The lessons",
  reset: "Reset progress",
  resetHeading: "Reset your progress?",
  resetBody: "This clears which lessons you have completed. Your reflections are kept.",
  resetConfirm: "Reset progress",
  resetCancel: "Keep it",
};
