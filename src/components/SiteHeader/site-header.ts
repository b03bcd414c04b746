import { EnhancedElement, defineElement } from "../shared/enhanced-element";

/**
 * <nc-site-header>: opening the header's search on a phone puts the cursor in the box straight away
 * (inside the tap, so phones show the keyboard), and Escape folds it again. Without JavaScript the
 * disclosure still opens.
 */
class SiteHeader extends EnhancedElement {
  protected enhance(): void {
    const disclosure = this.find<HTMLDetailsElement>("details");
    const toggle = this.find("summary");
    const input = this.find<HTMLInputElement>("input[type=search]");
    toggle.addEventListener("click", (event) => {
      if (disclosure.open) return;
      event.preventDefault();
      disclosure.open = true;
      input.focus();
    });
    disclosure.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || !disclosure.open || getComputedStyle(toggle).display === "none") return;
      disclosure.open = false;
      toggle.focus();
    });
  }
}

defineElement("nc-site-header", SiteHeader);
