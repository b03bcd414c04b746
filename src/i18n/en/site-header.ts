export const siteHeader = {
  /** The button that opens the header's search on phones; only its icon shows in a narrow band. */
  searchToggle: "Search",
};
