/** What a confirm dialog says. Every text comes from the caller's catalogue namespace. */
export interface ConfirmOptions {
  heading: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Colours the confirm button as the quick exit's, for choices that destroy what the reader kept. */
  danger?: boolean;
}

let dialogs = 0;

const element = <Name extends keyof HTMLElementTagNameMap>(name: Name, properties: Partial<HTMLElementTagNameMap[Name]> = {}) =>
  Object.assign(document.createElement(name), properties);

/**
 * The one confirm dialog, for plain scripts and islands alike (never `window.confirm`): a native modal
 * `<dialog>`, so the browser keeps focus inside it and closes it on Escape. The safe choice (cancel) has
 * focus first; focus goes back to what had it before. Resolves true only when the reader confirmed.
 */
export function confirmDialog({ heading, body, confirmLabel, cancelLabel, danger = false }: ConfirmOptions): Promise<boolean> {
  const id = `confirm-dialog-${++dialogs}`;
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const dialog = element("dialog", { className: "dialog confirm-dialog" });
  dialog.setAttribute("aria-labelledby", `${id}-heading`);
  dialog.setAttribute("aria-describedby", `${id}-body`);
  const form = element("form", { method: "dialog", className: "confirm-dialog__actions" });
  const cancel = element("button", { type: "submit", value: "cancel", className: "button button--secondary", textContent: cancelLabel, autofocus: true });
  const confirm = element("button", { type: "submit", value: "confirm", className: danger ? "button confirm-dialog__danger" : "button", textContent: confirmLabel });
  form.append(cancel, confirm);
  dialog.append(element("h2", { id: `${id}-heading`, textContent: heading }), element("p", { id: `${id}-body`, textContent: body }), form);
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener(
      "close",
      () => {
        resolve(dialog.returnValue === "confirm");
        dialog.remove();
        if (returnTo?.isConnected) returnTo.focus();
      },
      { once: true },
    );
    dialog.showModal();
    cancel.focus();
  });
}
