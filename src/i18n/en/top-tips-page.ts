export const topTipsPage = {
  title: "Top tips",
  description: "One printable page of the course's top tips: when to call for help, your safety plan, the no-contact checklist, what to do when the urge comes, and taking back control.",
};
