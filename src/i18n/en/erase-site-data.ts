/** "Erase what this site stored" and "Download everything" on the safety page. */
export const eraseSiteData = {
  heading: "Erase what this site stored",
  intro:
    "This site keeps your progress, what you write and what you keep in its tools in this browser only, on this device. Nothing is sent anywhere. You can remove all of it here. It does not touch your browsing history or anything other websites stored.",
  storesHeading: "What each action stores",
  readingStoresNothing:
    "Reading a lesson, searching, opening the help or safety pages, or using the quick exit stores nothing until you save something yourself.",
  /** After a store's label; `{key}` becomes the key in code type. */
  keptUnder: "(kept under the name {key}).",
  /** `{key}` becomes an example quarantine key in code type. */
  unreadableCopies:
    "If something this site saved can't be read (for example, it was damaged), a copy is kept under its own name, such as {key}, before anything new is saved. This site tells you once, and you can download or erase the copy here.",
  withoutScript:
    "Erasing from this page needs JavaScript, which is off or blocked. You can still remove it in your browser's settings: look for “site data” or “cookies and site data” and clear it for this site only.",
  button: "Erase everything this site stored",
  dialogHeading: "Erase everything?",
  dialogBody: "This removes your progress, your reflections and anything else this site stored in this browser. You can't undo it.",
  dialogConfirm: "Yes, erase everything",
  dialogCancel: "Cancel",
  unavailable: "This browser is blocking storage for this site, so there was nothing this site could read or erase.",
  nothingStored: "Nothing was stored, so there was nothing to erase.",
  /** `{stores}`: what was removed, by name, joined with commas. */
  erased: "Erased from this browser: {stores}.",
  /** `{stores}`: what the browser refused to remove. */
  notRemoved: "The browser would not let us remove: {stores}. You can clear this site's data in your browser's settings.",
  /** Named among what was erased (or not removed) when the offline copy was kept. */
  offlineCopy: "The copy of this course kept for reading offline",
  exportHeading: "Download everything this site stored",
  exportIntro:
    "One file with everything this site keeps in this browser, exactly as it is stored. Locked reflections stay locked in it: only your passphrase opens them. Anything not locked can be read by anyone who opens the file.",
  exportButton: "Download everything",
  exportDone: "Downloaded. Delete the file when you no longer need it.",
  exportNothing: "Nothing is stored, so there is nothing to download.",
};
