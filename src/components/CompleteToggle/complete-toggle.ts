import type { WriteFailure } from "../../lib/storage/browser-storage";
import { createProgressStore } from "../../lib/storage/progress-store";
import { completeToggle } from "@ui-strings";

// Progressive enhancement of the server-rendered, hidden toggle: a plain script rather than a
// framework island keeps lesson pages within their size budget.
const store = createProgressStore();

const failureMessages: Record<WriteFailure, string> = {
  unavailable: completeToggle.blocked,
  full: completeToggle.full,
  "newer-version": completeToggle.newerVersion,
  failed: completeToggle.failed,
};

const toggles = [...document.querySelectorAll<HTMLElement>("[data-complete-toggle]")];

function render(failure?: WriteFailure): void {
  const found = store.read();
  const completed = found.status === "ok" ? found.value.completed : {};
  const blocked = found.status === "unavailable" ? "unavailable" : found.status === "newer" ? "newer-version" : undefined;
  for (const toggle of toggles) {
    const button = toggle.querySelector("button");
    const message = toggle.querySelector("[role=status]");
    if (!button || !message) continue;
    const complete = (toggle.dataset["completeToggle"] ?? "") in completed;
    button.setAttribute("aria-pressed", String(complete));
    // The name always starts "Mark lesson complete"; once pressed the visible text is "Completed",
    // which stays part of the name so voice-control users can say what they see.
    const hiddenPrefix = Object.assign(document.createElement("span"), { className: "visually-hidden", textContent: completeToggle.markedPrefix });
    button.replaceChildren(...(complete ? [hiddenPrefix, completeToggle.marked] : [completeToggle.mark]));
    button.classList.toggle("button--secondary", !complete);
    const undo = toggle.querySelector<HTMLElement>(".complete-toggle__undo");
    if (undo) undo.hidden = !complete || blocked !== undefined;
    button.disabled = blocked !== undefined;
    const reason = blocked ?? failure;
    message.textContent = reason ? failureMessages[reason] : "";
    toggle.dataset["ready"] = "true";
  }
}

// Opening a lesson creates no storage: it only updates "the lesson opened last" in progress already saved.
const lessonSlug = toggles[0]?.dataset["completeToggle"];
if (lessonSlug) void store.markOpened(lessonSlug);
for (const toggle of toggles) {
  const slug = toggle.dataset["completeToggle"] ?? "";
  toggle.querySelector("button")?.addEventListener("click", async (event) => {
    const button = event.currentTarget as HTMLButtonElement;
    const result = await store.setComplete(slug, button.getAttribute("aria-pressed") !== "true");
    render(result.ok ? undefined : result.reason);
  });
}

store.subscribe(() => render());
render();
