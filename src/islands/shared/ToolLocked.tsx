import { unlockForm } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import { withBase } from "../../lib/site-paths";
import { pagePassphraseLock } from "../../lib/storage/passphrase-lock";
import UnlockForm from "./UnlockForm";

interface Props {
  /** Makes the form's field id unique on the page. */
  idPrefix: string;
  /** Called once the passphrase opened the stores (every sensitive store on the page reads them again). */
  onUnlocked: () => void;
}

/**
 * A tool's panel while what it keeps is locked: what happened, the one unlock form, and where to erase
 * without the passphrase. Unlocking here opens every sensitive store on the page.
 */
export default function ToolLocked({ idPrefix, onUnlocked }: Props) {
  const [before = "", after = ""] = fill(unlockForm.toolForgotten, { link: "\u0000" }).split("\u0000");
  return (
    <div class="tool-locked">
      <p>{unlockForm.toolLocked}</p>
      <UnlockForm idPrefix={idPrefix} unlock={pagePassphraseLock().unlock} onUnlocked={onUnlocked} />
      <p>
        {before}
        <a href={withBase(import.meta.env.BASE_URL, "/safety/")}>{unlockForm.toolForgottenLink}</a>
        {after}
      </p>
    </div>
  );
}
