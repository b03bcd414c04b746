import { browserStorage } from "../../lib/storage/browser-storage";
import { UNREADABLE_PREFIX } from "../../lib/storage/storage-keys";
import { unreadableChangeEvent } from "../../lib/storage/unreadable";
import { defineElement, EnhancedElement } from "../shared/enhanced-element";

/** Whether anything of this site's has been set aside as unreadable. */
function anythingSetAside(): boolean {
  const storage = browserStorage();
  if (!storage) return false;
  for (let index = 0; index < storage.length; index++) if (storage.key(index)?.startsWith(UNREADABLE_PREFIX)) return true;
  return false;
}

// Shows what was set aside as unreadable, next to what writes each store. The list's code loads only once
// something is set aside, now or later on this page.
class UnreadableNotice extends EnhancedElement {
  protected enhance(): void {
    const list = this.find("[aria-live]");
    let shown = false;
    const show = async (): Promise<void> => {
      if (shown || !anythingSetAside()) return;
      shown = true;
      const { showUnreadable } = await import("./unreadable-list");
      showUnreadable(this, list);
    };
    addEventListener(unreadableChangeEvent, show);
    addEventListener("storage", show);
    void show();
  }
}

defineElement("nc-unreadable-notice", UnreadableNotice);
