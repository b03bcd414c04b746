import { browserStorage } from "../../lib/storage/browser-storage";
import { storeRegistry } from "../../lib/storage/storage-keys";
import {
  eraseUnreadable,
  listUnreadable,
  markTold,
  unreadableAsText,
  unreadableChangeEvent,
  unreadableMessage,
  type UnreadableRecord,
} from "../../lib/storage/unreadable";

// Shows what was set aside as unreadable, next to what writes each store (plain script: it sits on
// lesson pages, within their budget).
const notices = [...document.querySelectorAll<HTMLElement>("[data-unreadable-notice]")];

const button = (text: string, onClick: () => void) => {
  const element = Object.assign(document.createElement("button"), { type: "button", className: "button button--secondary", textContent: text });
  element.addEventListener("click", onClick);
  return element;
};

function item(storage: Storage, record: UnreadableRecord): HTMLElement {
  const label = storeRegistry.find((entry) => entry.key === record.store)?.label ?? record.store;
  const box = Object.assign(document.createElement("div"), { className: "unreadable-notice__item" });
  box.dataset["store"] = record.store;
  const text = Object.assign(document.createElement("p"), { textContent: unreadableMessage(label) });
  const actions = Object.assign(document.createElement("p"), { className: "unreadable-notice__actions" });
  actions.append(
    button("Download the copy", async () => {
      const { downloadText } = await import("../../lib/download-text");
      downloadText(`saved-data-${new Date().toLocaleDateString("en-CA")}.txt`, unreadableAsText(record));
    }),
    button("Erase the copy", () => {
      eraseUnreadable(storage, record.store);
      render();
    }),
  );
  box.append(text, actions);
  return box;
}

// Told once: once the reader has had the notice on screen, another page won't show it again
// (it stays on this page, and the safety page always lists what is set aside).
const seen = new IntersectionObserver((entries) => {
  const storage = browserStorage();
  for (const entry of entries) {
    const store = (entry.target as HTMLElement).dataset["store"];
    if (!entry.isIntersecting || !storage || !store) continue;
    markTold(storage, store);
    seen.unobserve(entry.target);
  }
});

function render(): void {
  const storage = browserStorage();
  if (!storage) return;
  seen.disconnect();
  for (const notice of notices) {
    const list = notice.querySelector<HTMLElement>("[data-unreadable-list]");
    if (!list) continue;
    const always = notice.dataset["unreadableNotice"] === "always";
    const stores = (notice.dataset["stores"] ?? "").split(" ").filter(Boolean);
    const shown = new Set([...list.children].map((child) => (child as HTMLElement).dataset["store"]));
    const records = listUnreadable(storage).filter(
      (record) => (stores.length === 0 || stores.includes(record.store)) && (always || !record.told || shown.has(record.store)),
    );
    list.replaceChildren(...records.map((record) => item(storage, record)));
    if (!always) for (const element of list.children) seen.observe(element);
  }
}

addEventListener(unreadableChangeEvent, render);
addEventListener("storage", render);
render();
