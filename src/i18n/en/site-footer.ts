export const siteFooter = {
  /** The footer navigation's accessible name. */
  navLabel: "Site",
  allLessons: "All lessons",
  search: "Search",
  reflections: "My reflections",
  help: "Get help",
  safety: "Staying safe",
  topTips: "Top tips to print",
  /** The link to /tools/. */
  tools: "Tools",
  disclaimer: "This course is general information, not an emergency service, legal advice or a helpline. If you are in danger, call your local emergency number.",
  privacy: "No Contact keeps nothing about you: your progress and notes stay in this browser only.",
};
