import type { WriteFailure } from "../../lib/storage/browser-storage";
import { createProgressStore } from "../../lib/storage/progress-store";
import { completeToggle } from "@ui-strings";
import { defineElement, EnhancedElement } from "../shared/enhanced-element";

// A plain script rather than a framework island keeps lesson pages within their size budget.
// One store for both toggles on the page (top and bottom of the lesson): they stay in step through it.
const store = createProgressStore();

const failureMessages: Record<WriteFailure, string> = {
  unavailable: completeToggle.blocked,
  full: completeToggle.full,
  "newer-version": completeToggle.newerVersion,
  failed: completeToggle.failed,
};

let openedMarked = false;

class CompleteToggle extends EnhancedElement {
  protected enhance(): void {
    const slug = this.dataset["slug"] ?? "";
    const button = this.find<HTMLButtonElement>("button");
    const message = this.find("[role=status]");
    const undo = this.find(".complete-toggle__undo");

    const render = (failure?: WriteFailure): void => {
      const found = store.read();
      const complete = found.status === "ok" && slug in found.value.completed;
      const blocked = found.status === "unavailable" ? "unavailable" : found.status === "newer" ? "newer-version" : undefined;
      button.setAttribute("aria-pressed", String(complete));
      // The name always starts "Mark lesson complete"; once pressed the visible text is "Completed",
      // which stays part of the name so voice-control users can say what they see.
      const hiddenPrefix = Object.assign(document.createElement("span"), { className: "visually-hidden", textContent: completeToggle.markedPrefix });
      button.replaceChildren(...(complete ? [hiddenPrefix, completeToggle.marked] : [completeToggle.mark]));
      button.classList.toggle("button--secondary", !complete);
      undo.hidden = !complete || blocked !== undefined;
      button.disabled = blocked !== undefined;
      const reason = blocked ?? failure;
      message.textContent = reason ? failureMessages[reason] : "";
    };

    button.addEventListener("click", async () => {
      const result = await store.setComplete(slug, button.getAttribute("aria-pressed") !== "true");
      render(result.ok ? undefined : result.reason);
    });
    store.subscribe(() => render());
    render();
    // Opening a lesson creates no storage: it only updates "the lesson opened last" in progress already saved.
    if (!openedMarked) {
      openedMarked = true;
      void store.markOpened(slug);
    }
  }
}

defineElement("nc-complete-toggle", CompleteToggle);
