/** "Keep this course on this device" on the safety page: the opt-in offline copy, its state and its removal. */
export const offlineCopy = {
  heading: "Keep this course on this device",
  intro:
    "If you turn this on, your browser keeps a copy of the whole course, so the lessons, tools, search and help pages open with no signal or data. It leaves a trace: a stored copy of this site in this browser, which anyone who checks this browser's site data or storage settings can see. To remove it, turn it off here or use “Erase everything this site stored” below; clearing this site's data in your browser's settings removes it too.",
  withoutScript: "Keeping a copy needs JavaScript, which is off or blocked in this browser.",
  turnOn: "Keep a copy on this device",
  turnOff: "Remove the copy from this device",
  /** The state line while the copy is kept. */
  on: "On: a copy of this course is kept in this browser, for reading without a connection.",
  /** The state line while no copy is kept. */
  off: "Off: nothing is kept for reading without a connection.",
  saving: "Saving a copy of the course…",
  removing: "Removing the copy…",
  failed: "Your browser would not keep a copy (its storage may be full or blocked), so nothing was kept.",
  removeFailed: "The browser would not remove all of the copy. You can clear this site's data in your browser's settings.",
  unsupported: "This browser can't keep a copy of the course here (a private window, or storage is blocked). Nothing is kept.",
};
