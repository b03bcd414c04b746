import { announce, countKey, EXIT_PRESSES, EXIT_WINDOW_MS, noShiftPresses } from "../../lib/exit-shortcut";

// Progressive enhancement: the link already works without JavaScript. This hides the page at once,
// opens the neutral page in a new tab, replaces this page in its own tab (so Back does not return to it)
// and adds the Shift×3 shortcut.
const link = document.querySelector<HTMLAnchorElement>("[data-quick-exit]");
const status = document.querySelector<HTMLElement>("[data-quick-exit-status]");

if (link) {
  const destination = link.href;
  let exited = false;
  let presses = noShiftPresses;
  let resetTimer: ReturnType<typeof setTimeout> | undefined;

  const leave = (openTab = true) => {
    exited = true;
    document.body.hidden = true;
    document.title = "";
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
      if (status) status.textContent = "";
      return;
    }
    if (status) status.textContent = announce(presses.count);
    if (presses.count >= EXIT_PRESSES) return leave();
    resetTimer = setTimeout(() => {
      presses = noShiftPresses;
      if (status) status.textContent = "";
    }, EXIT_WINDOW_MS - (Date.now() - presses.firstAt));
  });

  // If a browser still restores this page from the back/forward cache, it is still hidden: leave again
  // (this tab only; the neutral tab opened the first time is still there).
  addEventListener("pageshow", (event) => {
    if (event.persisted && exited) leave(false);
  });
}
