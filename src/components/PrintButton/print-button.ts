import { EnhancedElement, defineElement } from "../shared/enhanced-element";

/** <nc-print-button>: without JavaScript it stays hidden and the browser's own Print works. */
class PrintButton extends EnhancedElement {
  protected enhance(): void {
    this.find("button").addEventListener("click", () => window.print());
  }
}

defineElement("nc-print-button", PrintButton);
