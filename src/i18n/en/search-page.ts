export const searchPage = {
  title: "Search",
  description: "Search the No Contact course in your own words.",
  heading: "Search the course",
  /** Before two of the example questions (searchResults), joined by `or`. */
  intro: "Type what is happening, in your own words. For example:",
  or: "or",
  allLessons: "All lessons",
};
