/** The line on each tool page that keeps the reader's words: where they can lock them. */
export const toolLockNote = {
  /** `{link}` becomes a link to My reflections named `link`, where the passphrase is set. */
  text: "What you keep here stays only on this device. To lock it with a passphrase, set one on {link}: one passphrase locks your reflections and every tool.",
  link: "My reflections",
};
