export const helplineDirectory = {
  contentsLabel: "Go to your country:",
  /** The accessible name of one service's list of numbers. */
  waysLabel: "Ways to contact {service}",
  call: "Call {number}",
  text: "Text {number}",
  /** A text that must start with a given word. */
  textWord: "Text {word} to {number}",
  /** A textphone number, for deaf or hard-of-hearing callers. */
  tty: "TTY {number}",
  /** {date} is the month and year; {site} links to the page the number was read on. */
  checked: "Checked {date} on {site}.",
};
