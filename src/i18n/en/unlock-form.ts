/** The one unlock form, on lessons and on My reflections (src/islands/shared/unlock-form.ts). */
export const unlockForm = {
  label: "Passphrase",
  button: "Unlock",
  /** Deriving the key is slow on purpose, so this shows meanwhile. */
  unlocking: "Unlocking…",
  wrong: "That passphrase did not unlock them. Nothing has been changed. Check it and try again.",
  notLocked: "They are no longer locked.",
  /** Above the form on a lesson. */
  lessonLocked: "Your reflections are locked with a passphrase. Enter it to read and write them here.",
  /** Below the form on a lesson; `{link}` becomes a link to My reflections. */
  lessonForgotten: "Forgotten it? It can't be recovered, but you can erase your reflections on {link}.",
  /** Above the form on a tool page (safety plan, pause, final message, contact log) while what it keeps is locked. */
  toolLocked: "What you kept here is locked with your passphrase. Enter it to read and change it on this page.",
  /** Below the form on a tool page; `{link}` becomes a link to the safety page, named by `toolForgottenLink`. */
  toolForgotten: "Forgotten it? It can't be recovered, but you can erase everything this site stored on {link}.",
  toolForgottenLink: "the safety page",
};
