import { unlockForm } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import { passphraseFieldAttributes } from "../../lib/passphrase-field";
import type { UnlockResult } from "../../lib/storage/passphrase-lock";

export interface UnlockFormOptions {
  /** Makes the field's id unique on the page. */
  idPrefix: string;
  /** Tries the passphrase (the page's one key holder). */
  unlock: (passphrase: string) => Promise<UnlockResult>;
  /** Called once the passphrase opened the stores, or they turned out not to be locked any more. */
  onUnlocked: () => void;
}

/**
 * The one unlock form, built in the browser for lessons (a plain script) and for My reflections (an
 * island mounts it). Built here rather than sent in every lesson's HTML: it only matters once a passphrase
 * is set. A wrong passphrase changes nothing and says so.
 */
export function createUnlockForm({ idPrefix, unlock, onUnlocked }: UnlockFormOptions): HTMLFormElement {
  const fieldId = `${idPrefix}-passphrase`;
  const form = Object.assign(document.createElement("form"), { className: "reflection-unlock" });
  const label = Object.assign(document.createElement("label"), { htmlFor: fieldId, textContent: unlockForm.label });
  const input = Object.assign(document.createElement("input"), { id: fieldId });
  for (const [name, value] of Object.entries(passphraseFieldAttributes)) input.setAttribute(name, String(value));
  input.setAttribute("aria-describedby", `${fieldId}-status`);
  const button = Object.assign(document.createElement("button"), { type: "submit", className: "button", textContent: unlockForm.button });
  const status = Object.assign(document.createElement("p"), { id: `${fieldId}-status`, className: "reflection-status" });
  status.setAttribute("role", "status");
  form.append(label, input, button, status);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (input.value === "" || button.disabled) return;
    button.disabled = true;
    // Deriving the key is deliberately slow (that is what makes guessing slow), so say something meanwhile.
    status.textContent = unlockForm.unlocking;
    const result = await unlock(input.value);
    button.disabled = false;
    if (result.ok) {
      input.value = "";
      status.textContent = "";
    } else {
      status.textContent = result.reason === "wrong-passphrase" ? unlockForm.wrong : unlockForm.notLocked;
    }
    if (result.ok || result.reason === "not-locked") onUnlocked();
  });
  return form;
}

/** A panel while something is locked: what happened, the unlock form, and `link` to where it can be erased without the passphrase. */
function unlockPanel(className: string, locked: string, forgottenText: string, link: Node, options: UnlockFormOptions): HTMLElement {
  const panel = Object.assign(document.createElement("div"), { className });
  const [before = "", after = ""] = fill(forgottenText, { link: "\u0000" }).split("\u0000");
  const forgotten = document.createElement("p");
  forgotten.append(before, link, after);
  panel.append(Object.assign(document.createElement("p"), { textContent: locked }), createUnlockForm(options), forgotten);
  return panel;
}

/** A lesson's panel while its reflections are locked; `link` is the lesson's own link to My reflections. */
export function lessonUnlockPanel({ link, ...options }: UnlockFormOptions & { link: HTMLAnchorElement }): HTMLElement {
  return unlockPanel("reflection-locked", unlockForm.lessonLocked, unlockForm.lessonForgotten, link.cloneNode(true), options);
}

/** A tool's panel while what it keeps is locked; unlocking opens every sensitive store on the page. */
export function toolUnlockPanel({ safetyHref, ...options }: UnlockFormOptions & { safetyHref: string }): HTMLElement {
  const link = Object.assign(document.createElement("a"), { href: safetyHref, textContent: unlockForm.toolForgottenLink });
  return unlockPanel("tool-locked", unlockForm.toolLocked, unlockForm.toolForgotten, link, options);
}
