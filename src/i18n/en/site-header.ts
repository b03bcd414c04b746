export const siteHeader = {
  /** The button that opens the header's search on phones; only its icon shows in a narrow band. */
  searchToggle: "Search",
  /**
   * The header's link to the pause tool (/tools/pause/), on every page: one calm word that says nothing to
   * someone looking over the reader's shoulder. Its accessible name is the tool's title, which starts with it.
   */
  pauseLink: "Pause",
};
