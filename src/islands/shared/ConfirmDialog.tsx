import { useEffect, useRef } from "preact/hooks";
import "./confirm-dialog.css";

interface Props {
  heading: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Called once the dialog closes: true only when the reader chose the confirm button. */
  onClose: (confirmed: boolean) => void;
}

/**
 * A native modal <dialog>: the browser traps focus, closes it on Escape and returns focus afterwards.
 * The safe choice (cancel) has focus first.
 */
export default function ConfirmDialog({ heading, body, confirmLabel, cancelLabel, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      class="dialog confirm-dialog"
      aria-labelledby="confirm-dialog-heading"
      aria-describedby="confirm-dialog-body"
      onClose={() => onClose(dialog.current?.returnValue === "confirm")}
    >
      <h2 id="confirm-dialog-heading">{heading}</h2>
      <p id="confirm-dialog-body">{body}</p>
      <form method="dialog" class="confirm-dialog__actions">
        <button type="submit" value="cancel" class="button button--secondary" autofocus>
          {cancelLabel}
        </button>
        <button type="submit" value="confirm" class="button">
          {confirmLabel}
        </button>
      </form>
    </dialog>
  );
}
