export const baseLayout = {
  skipLink: "Skip to main content",
};
