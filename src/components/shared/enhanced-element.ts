/**
 * The one progressive-enhancement pattern. A component that needs JavaScript renders its full markup on
 * the server inside a custom element; parts that only work with the script carry `data-needs-js` and
 * parts meant only for readers without it carry `data-no-js` (global.css hides each at the right time).
 * When the script has wired the element up, it sets `data-enhanced` on its root. If the markup is not
 * what the script expects it throws an `ElementError` before that, so the reader keeps the no-script
 * version instead of dead buttons, and the error is loud in development and in tests.
 */

/** Markup a component script needs is missing: a bug in the page, reported with the component's name. */
export class ElementError extends Error {
  constructor(component: string, missing: string) {
    super(`${component}: no element matches ${missing}`);
    this.name = "ElementError";
  }
}

export abstract class EnhancedElement extends HTMLElement {
  /** Wires the element up; runs once, when the element is first connected. */
  protected abstract enhance(): void;

  connectedCallback(): void {
    if (this.hasAttribute("data-enhanced")) return;
    this.enhance();
    this.setAttribute("data-enhanced", "");
  }

  /** The element's own descendant matching `selector`, or an ElementError: never the rest of the document. */
  protected onePart<Found extends Element = HTMLElement>(selector: string): Found {
    const found = this.querySelector<Found>(selector);
    if (!found) throw new ElementError(this.localName, selector);
    return found;
  }

  /** Every descendant matching `selector` (at least one, or an ElementError). */
  protected parts<Found extends Element = HTMLElement>(selector: string): Found[] {
    const found = [...this.querySelectorAll<Found>(selector)];
    if (found.length === 0) throw new ElementError(this.localName, selector);
    return found;
  }
}

/** Defines a component's custom element once (a page may load its script more than once). */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
