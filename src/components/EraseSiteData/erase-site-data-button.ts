import { eraseMessage, eraseSiteData } from "../../lib/storage/erase-site-data";
import { announceErased } from "../../lib/storage/erase-signal";

// Progressive enhancement: reveals the button, asks in a native <dialog> (or confirm() where dialogs
// are unsupported), erases, then says what was removed in the status region.
const button = document.querySelector<HTMLButtonElement>("[data-erase-button]");
const dialog = document.querySelector<HTMLDialogElement>("[data-erase-dialog]");
const status = document.querySelector<HTMLElement>("[data-erase-status]");
const withoutScript = document.querySelector<HTMLElement>("[data-erase-without-script]");

function erase() {
  const result = eraseSiteData();
  // Other open pages drop anything waiting to be saved, so nothing erased comes back.
  announceErased();
  if (status) status.textContent = eraseMessage(result);
}

if (button && status) {
  button.hidden = false;
  if (withoutScript) withoutScript.hidden = true;

  button.addEventListener("click", () => {
    status.textContent = "";
    if (dialog && typeof dialog.showModal === "function") {
      dialog.returnValue = "";
      dialog.showModal();
    } else if (window.confirm("Erase everything this site stored in this browser? You can't undo it.")) {
      erase();
    }
  });

  dialog?.addEventListener("close", () => {
    if (dialog.returnValue === "erase") erase();
  });
}
