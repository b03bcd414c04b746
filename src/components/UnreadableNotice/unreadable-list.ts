import { unreadableNotice } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import { browserStorage } from "../../lib/storage/browser-storage";
import { unreadableFileName } from "../../lib/unreadable-file-name";
import { eraseUnreadable, listUnreadable, markTold, unreadableAsText, unreadableChangeEvent, type UnreadableRecord } from "../../lib/storage/unreadable";

// The notice's list, loaded by its element only once something has been set aside (most readers never
// need it, and lesson pages stay within their script budget).

const button = (text: string, onClick: () => void) => {
  const element = Object.assign(document.createElement("button"), { type: "button", className: "button button--secondary", textContent: text });
  element.addEventListener("click", onClick);
  return element;
};

function item(storage: Storage, record: UnreadableRecord, store: string, erased: () => void): HTMLElement {
  const box = Object.assign(document.createElement("div"), { className: "unreadable-notice__item" });
  box.dataset["store"] = record.store;
  const text = Object.assign(document.createElement("p"), { textContent: fill(unreadableNotice.message, { store }) });
  const actions = Object.assign(document.createElement("p"), { className: "unreadable-notice__actions" });
  actions.append(
    button(unreadableNotice.download, async () => {
      const { downloadText } = await import("../../lib/download-text");
      const file = unreadableAsText(record, { title: unreadableNotice.fileTitle, entry: unreadableNotice.fileEntry });
      downloadText(unreadableFileName(new Date()), file);
    }),
    button(unreadableNotice.erase, () => {
      eraseUnreadable(storage, record.store);
      erased();
    }),
  );
  box.append(text, actions);
  return box;
}

/** Lists what was set aside in `list`, and keeps it up to date. */
export function showUnreadable(root: HTMLElement, list: HTMLElement): void {
  const always = root.hasAttribute("data-always");
  const stores = (root.dataset["stores"] ?? "").split(" ").filter(Boolean);
  const names = (root.dataset["names"] ?? "").split("|");

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

  const render = (): void => {
    const storage = browserStorage();
    if (!storage) return;
    seen.disconnect();
    const shown = new Set([...list.children].map((child) => (child as HTMLElement).dataset["store"]));
    const records = listUnreadable(storage, stores).filter((record) => always || !record.told || shown.has(record.store));
    list.replaceChildren(...records.map((record) => item(storage, record, names[stores.indexOf(record.store)] ?? record.store, render)));
    if (!always) for (const element of list.children) seen.observe(element);
  };

  addEventListener(unreadableChangeEvent, render);
  addEventListener("storage", render);
  render();
}
