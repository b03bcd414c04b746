export const lessonList = {
  /** After a finished lesson's title. */
  completed: "(completed)",
};
