export const keyPoints = {
  heading: "Key points",
};
