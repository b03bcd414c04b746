import { EnhancedElement, defineElement } from "../shared/enhanced-element";
import { countKey, EXIT_PRESSES, EXIT_WINDOW_MS, exitProgress, noShiftPresses, type ExitProgress } from "../../lib/exit-shortcut";
import { fill } from "../../i18n/catalogue";
import { quickExit } from "@ui-strings";

/** What the live region says for each step of the Shift×3 shortcut. */
function announcement(progress: ExitProgress): string {
  if (progress.code === "exiting") return quickExit.exiting;
  const plural = new Intl.PluralRules(document.documentElement.lang).select(progress.remaining);
  return plural === "one" ? quickExit.pressOne : fill(quickExit.pressOther, { remaining: progress.remaining });
}

/**
 * <nc-quick-exit>: the link already works without JavaScript. This hides the page at once, opens the
 * neutral page in a new tab, replaces this page in its own tab (so Back does not return to it) and adds
 * the Shift×3 shortcut, which listens on the whole document because a key press anywhere on the page counts.
 */
class QuickExit extends EnhancedElement {
  protected enhance(): void {
    const link = this.find<HTMLAnchorElement>("[data-quick-exit]");
    const status = this.find("[data-quick-exit-status]");
    const destination = link.href;
    let exited = false;
    let presses = noShiftPresses;
    let resetTimer: ReturnType<typeof setTimeout> | undefined;

    const leave = (openTab = true) => {
      exited = true;
      document.body.hidden = true;
      document.title = "";
      // Offline (reading the offline copy) the neutral page cannot load: leave for a blank page instead,
      // since a browser error page would still name this course.
      if (!navigator.onLine) return location.replace("about:blank");
      // A popup blocker may refuse the new tab (returning null or throwing): the replace below still runs.
      try {
        if (openTab) window.open(destination, "_blank", "noopener,noreferrer");
      } catch {
        // Nothing to do: this tab leaves anyway.
      }
      location.replace(destination);
    };

    link.addEventListener("click", (event) => {
      event.preventDefault();
      leave();
    });

    document.addEventListener("keydown", (event) => {
      if (event.repeat) return;
      presses = countKey(presses, event.key, Date.now());
      clearTimeout(resetTimer);
      if (presses.count === 0) {
        status.textContent = "";
        return;
      }
      status.textContent = announcement(exitProgress(presses.count));
      if (presses.count >= EXIT_PRESSES) return leave();
      resetTimer = setTimeout(() => {
        presses = noShiftPresses;
        status.textContent = "";
      }, EXIT_WINDOW_MS - (Date.now() - presses.firstAt));
    });

    // If a browser still restores this page from the back/forward cache, it is still hidden: leave again
    // (this tab only; the neutral tab opened the first time is still there).
    addEventListener("pageshow", (event) => {
      if (event.persisted && exited) leave(false);
    });
  }
}

defineElement("nc-quick-exit", QuickExit);
