/** The page shown, without a connection, for an address the offline copy does not hold. */
export const offlinePage = {
  title: "No connection",
  description: "This page is not kept on this device, and there is no connection.",
  heading: "This page isn't kept on this device",
  body: "There's no connection right now, and this page is not part of the copy kept in this browser. The lessons, tools, search and help pages still open.",
  lessonsLink: "Go to the list of lessons",
  helpLink: "Find a helpline",
};
