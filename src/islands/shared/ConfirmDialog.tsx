import { useEffect } from "preact/hooks";
import { confirmDialog, type ConfirmOptions } from "./confirm-dialog";
import "./confirm-dialog.css";

interface Props extends ConfirmOptions {
  /** Called once the dialog closes: true only when the reader chose the confirm button. */
  onClose: (confirmed: boolean) => void;
}

/** The one confirm dialog (confirm-dialog.ts) for islands that render it from state: opens on mount. */
export default function ConfirmDialog({ onClose, ...options }: Props) {
  useEffect(() => {
    void confirmDialog(options).then(onClose);
  }, []);
  return null;
}
