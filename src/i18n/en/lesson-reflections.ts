/** The "Write it down" boxes at the end of a lesson. */
export const lessonReflections = {
  heading: "Write it down",
  /** `{link}` becomes a link named `myReflections`. */
  intro:
    "Writing can help you think things through. Answer as much or as little as you like. What you write stays in this browser, on this device: it is never sent anywhere. You can read, download, lock or erase it on {link}.",
  myReflections: "My reflections",
  noScript:
    "Your browser is not running scripts, so what you write here can't be saved. You can still write to think it through, but it will be gone when you leave the page.",
  /** Beside a prompt about the ex; `{link}` becomes a link named `myReflections`. */
  aboutYourEx:
    "Words about your ex can be read by anyone who opens this browser. You can lock your reflections with a passphrase, or erase them, on {link}.",
};
