import { withBase } from "../../lib/site-paths";
import { pagePassphraseLock } from "../../lib/storage/passphrase-lock";
import UnlockMount from "./UnlockMount";
// The unlock form's layout, and the masking of its passphrase box.
import "../../styles/reflection-forms.css";

interface Props {
  /** Makes the form's field id unique on the page. */
  idPrefix: string;
  /** Called once the passphrase opened the stores (every sensitive store on the page reads them again). */
  onUnlocked: () => void;
}

/** A tool's panel while what it keeps is locked (unlock-form.ts builds it). Unlocking here opens every sensitive store on the page. */
export default function ToolLocked({ idPrefix, onUnlocked }: Props) {
  return (
    <UnlockMount
      build={(forms) =>
        forms.toolUnlockPanel({ idPrefix, unlock: pagePassphraseLock().unlock, onUnlocked, safetyHref: withBase(import.meta.env.BASE_URL, "/safety/") })
      }
    />
  );
}
