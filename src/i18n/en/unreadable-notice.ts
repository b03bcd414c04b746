/** The notice that part of a store could not be read and was set aside. */
export const unreadableNotice = {
  /** `{store}` is the store in a sentence ("your progress"). */
  message:
    "Part of {store} saved in this browser could not be read. Nothing was thrown away: this site kept a copy of it before saving anything new. You can download the copy to keep it, or erase it. Everything that could be read is still here.",
  download: "Download the copy",
  erase: "Erase the copy",
  /** First line of the downloaded file; `{key}` is the store's key. */
  fileTitle: "Saved data that could not be read ({key})",
  /** Before each value in the file; `{time}` is when it was set aside. */
  fileEntry: "Set aside {time}:",
};
