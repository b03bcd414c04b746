import { fill } from "../../i18n/catalogue";
import { finalMessageTool } from "@ui-strings";
import { formatMoment } from "../../lib/tools/local-date-time";
import type { SavedFinalMessage } from "../../lib/storage/final-message-store";

interface Props {
  copies: readonly SavedFinalMessage[];
  lang: string;
  onDownload: (copy: SavedFinalMessage) => void;
  onDelete: (copy: SavedFinalMessage) => void;
}

/** The dated copies kept in this browser, newest first, each with its date stamp, download and delete. */
export default function KeptCopies({ copies, lang, onDownload, onDelete }: Props) {
  return (
    <section class="kept-copies tool-saved" aria-labelledby="kept-copies-heading">
      <h2 id="kept-copies-heading">{finalMessageTool.keptHeading}</h2>
      <ol class="tool-saved__list">
        {[...copies].reverse().map((copy) => {
          const when = formatMoment(new Date(copy.savedAt), lang);
          return (
            <li key={copy.id} class="kept-copies__item tool-saved__item">
              <p class="kept-copies__meta">{fill(finalMessageTool.keptMeta, { when })}</p>
              <p class="kept-copies__text">{copy.text}</p>
              <p class="tool-actions" data-print="hide">
                <button type="button" class="button button--secondary" aria-label={fill(finalMessageTool.downloadCopyName, { when })} onClick={() => onDownload(copy)}>
                  {finalMessageTool.downloadCopy}
                </button>
                <button type="button" class="button button--secondary" aria-label={fill(finalMessageTool.deleteCopyName, { when })} onClick={() => onDelete(copy)}>
                  {finalMessageTool.deleteCopy}
                </button>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
