export const siteSearchForm = {
  /** The header search box's visible label (hidden on wide screens, still its name). */
  label: "Search the course",
  /** Names the header search landmark, to tell it from a page's own search. */
  landmark: "Site",
  submit: "Search",
};
