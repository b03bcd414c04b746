export const lessonSources = {
  heading: "Sources",
  leaving: "These links leave this course for other sites, and show in your browser history.",
  /** {date} is the month and year, formatted with Intl. */
  reviewed: "Last reviewed {date}",
};
