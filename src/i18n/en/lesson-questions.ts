export const lessonQuestions = {
  heading: "Questions this lesson answers",
};
