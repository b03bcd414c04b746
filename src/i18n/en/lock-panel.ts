/** Setting, closing and removing the one passphrase, on My reflections. */
export const lockPanel = {
  headingUnlocked: "Locked with a passphrase",
  headingOpen: "Lock your words with a passphrase",
  intro:
    "A passphrase stops someone who picks up this device and opens this site from reading your reflections, your safety plan, your unsent notes, the final messages you kept and your contact log. While they are locked, this site asks for the passphrase before it shows them, once on each page.",
  cannot: "What a passphrase can't do:",
  /** `{link}` becomes a link named `safetyLink`. */
  spyware: "It does not protect you from spyware, or from someone who watches you type. If you think your device is being watched, read {link}.",
  safetyLink: "Staying safe",
  notHidden: "It does not hide that you have used this site.",
  forgotten: "If you forget it, nobody can get your words back, not even us. You can still erase them.",
  openHere: "Your words are open on this page until you leave it.",
  lockNow: "Lock now",
  remove: "Remove the lock",
  passphrase: "Passphrase",
  /** `{count}` is the shortest length allowed. */
  hint: "At least {count} characters. A few words only you would put together are easier to remember and harder to guess.",
  again: "Type it again",
  submit: "Lock my words",
  /** `{count}` is the shortest length allowed. */
  tooShort: "Use at least {count} characters.",
  different: "The two passphrases are different. Type them again.",
  locking: "Locking…",
  locked:
    "Locked. From now on this site asks for your passphrase before showing your reflections and what you keep in the tools. They stay open on this page until you leave it or choose Lock now.",
  lockedNow: "Locked. Enter your passphrase to see your words again.",
  removed: "The lock is removed. Your reflections and what you keep in the tools are no longer protected by a passphrase.",
};
