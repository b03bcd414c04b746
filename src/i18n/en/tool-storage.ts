export const toolStorage = {
  blocked: "This browser is blocking storage for this site (it may be a private window, or storage is turned off), so nothing here can be kept on this device.",
  full: "This device's storage is full, so that couldn't be saved. Nothing you had saved before was changed.",
  newer: "This was saved by a newer version of this site, so this page leaves it as it is and can't save changes here.",
  failed: "That couldn't be saved on this device just now. Please try again.",
  /** Some of a store could not be read; the readable part is shown and the rest is set aside on the next save. */
  damaged: "Part of what was saved here could not be read. Everything that could be read is shown, and a copy of the rest is kept aside when you next save.",
};
