export const lessonPage = {
  /** Above each lesson's title. */
  position: "Lesson {number} of {total}",
};
