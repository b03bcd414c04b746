import { offlineCopy } from "@ui-strings";
import { offlineCopyState, removeOfflineCopy, turnOnOfflineCopy, type OfflineCopyState } from "../../lib/offline-copy";
import { onErased } from "../../lib/storage/erase-signal";
import { defineElement, EnhancedElement } from "../shared/enhanced-element";

const stateText: Record<OfflineCopyState, string> = { on: offlineCopy.on, off: offlineCopy.off, unsupported: offlineCopy.unsupported };

// <nc-offline-copy>: shows whether the copy is kept and turns it on or off. Registering the worker happens
// only here, when the reader presses the button.
class OfflineCopy extends EnhancedElement {
  protected enhance(): void {
    const button = this.find<HTMLButtonElement>("[data-offline-button]");
    const status = this.find("[data-offline-status]");
    const scope = new URL(this.dataset["scope"] ?? "/", location.href);
    let state: OfflineCopyState = "off";

    const show = (next: OfflineCopyState, message = stateText[next]) => {
      state = next;
      button.textContent = next === "on" ? offlineCopy.turnOff : offlineCopy.turnOn;
      button.disabled = next === "unsupported";
      button.removeAttribute("aria-busy");
      status.textContent = message;
    };
    const refresh = async () => show(await offlineCopyState(scope));

    button.addEventListener("click", async () => {
      button.disabled = true;
      button.setAttribute("aria-busy", "true");
      if (state === "on") {
        status.textContent = offlineCopy.removing;
        const removed = await removeOfflineCopy(scope);
        show(await offlineCopyState(scope), removed.failed ? offlineCopy.removeFailed : undefined);
      } else {
        status.textContent = offlineCopy.saving;
        const result = await turnOnOfflineCopy(scope);
        show(result === "failed" ? "off" : result, result === "failed" ? offlineCopy.failed : undefined);
      }
    });
    // "Erase everything" on this page (or another tab) removes the copy too: show it as off. The copy has no
    // storage key of its own, so this hears only erase-all's announcement.
    onErased("", () => void refresh());
    void refresh();
  }
}

defineElement("nc-offline-copy", OfflineCopy);
