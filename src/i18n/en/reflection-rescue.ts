/** Under a lesson's box whose words could not be saved: ways to keep them. */
export const reflectionRescue = {
  copy: "Copy my words",
  download: "Download them as a file",
  copied: "Copied. It is still not saved on this device.",
  selected: "Your words are selected: press Ctrl+C (or Command+C on a Mac) to copy them.",
};
