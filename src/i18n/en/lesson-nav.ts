export const lessonNav = {
  /** The previous/next navigation's accessible name. */
  navLabel: "Lessons",
  /** Small line above the previous lesson's title. */
  previous: "Previous",
  /** Small line above the next lesson's title. */
  next: "Next",
  /** Small line above the link home, on the last lesson. */
  finished: "Finished",
  backToAll: "Back to all lessons",
};
