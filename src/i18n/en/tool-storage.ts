/** Storage messages every tool page shows. */
export const toolStorage = {
  /** Shown in place of the saved items when storage is blocked; the tool still works without keeping anything. */
  blocked:
    "This browser is not letting the site store anything (it may be a private window, or storage is turned off), so nothing here can be kept on this device.",
  /** Shown when a newer version of the site saved this tool's data: it is left untouched. */
  newer: "What you kept here was saved by a newer version of this site. This page can't read it, so it leaves it as it is and saves nothing over it.",
  /** Shown when some saved items could not be read and were left out. */
  damaged:
    "Part of what was kept here could not be read, so it is left out. Everything else is shown. Before anything is saved over it, the part that could not be read is set aside, and you can download it.",
  failedUnavailable: "That didn't work: this browser is not letting the site store anything. What you wrote is still on screen: copy or download it to keep it.",
  failedFull: "That didn't work: this browser's storage is full. What you wrote is still on screen: copy or download it to keep it.",
  failedNewer: "That didn't work: a newer version of this site saved data here, so this page won't change it. What you wrote is still on screen.",
  failedOther: "That didn't work: the browser refused to save it. What you wrote is still on screen: copy or download it to keep it.",
  /** A save refused because the passphrase was set (on another page or tab) and this page has not been given it. */
  failedLocked: "That didn't work: what you keep here is now locked with your passphrase. What you wrote is still on screen: unlock, then try again.",
  /** A save that was waiting when everything this site stored was erased: nothing is written back. */
  failedErased: "That wasn't saved, because everything this site stored was just erased.",
  /** After a download of the reader's words: files are not locked. */
  downloaded: "Downloaded. The file is not locked: anyone who can open your downloads can read it.",
  /** The safe choice in a delete dialog. */
  keepIt: "Keep it",
  /** The confirm choice in a delete dialog. */
  deleteIt: "Delete it",
};
