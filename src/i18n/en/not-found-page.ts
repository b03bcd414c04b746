export const notFoundPage = {
  title: "Page not found",
  description: "This page could not be found.",
  heading: "We couldn't find that page",
  reassurance: "The link may be old, or the address may have a small typo. That's all right; nothing you saved here has been lost.",
  lessonsLink: "Go to the list of lessons",
  searchLink: "Search the course",
  danger: "If you are in danger right now, call your local emergency number.",
};
