export const safetyNote = {
  /** The callout's accessible name. */
  label: "Safety",
  title: "Your safety comes first",
};
