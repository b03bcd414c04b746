/**
 * Attributes for every passphrase box. Browsers offer to save anything typed into `type="password"`
 * (they ignore `autocomplete="off"` there), and a saved password naming this site is a trace.
 * So the box is a text field masked with CSS (`.passphrase-input`), with form memory, spelling help
 * and the common password managers' own "ignore this field" markers turned off.
 */
export const passphraseFieldAttributes = {
  type: "text",
  class: "passphrase-input",
  autocomplete: "off",
  autocapitalize: "off",
  autocorrect: "off",
  spellcheck: false,
  /** 1Password, LastPass, Bitwarden and Dashlane each read one of these as "not a login field". */
  "data-1p-ignore": "",
  "data-lpignore": "true",
  "data-bwignore": "",
  "data-form-type": "other",
} as const;
