import { useEffect, useRef, useState } from "preact/hooks";
import { finalMessageTool, locale, toolStorage } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import { buildFinalMessage, checkFinalMessageForm, messageFileName, type FinalMessageForm, type FinalMessageTemplates } from "../../lib/tools/final-message";
import { formatMoment, localDayOf, localTimeOf } from "../../lib/tools/local-date-time";
import { finalMessageSchema, withCopy, withoutCopy, type SavedFinalMessage } from "../../lib/storage/final-message-store";
import { copyText, downloadText } from "../../lib/download-text";
import { onErased } from "../../lib/storage/erase-signal";
import { storageKeys } from "../../lib/storage/storage-keys";
import { shownValue } from "../../lib/storage/store-view";
import { useEnhanced } from "../shared/use-enhanced";
import { useSensitiveStore } from "../shared/use-sensitive-store";
import { StoreNotice, toolFailureMessage } from "../shared/tool-storage";
import ToolLocked from "../shared/ToolLocked";
import ConfirmDialog from "../shared/ConfirmDialog";
import FinalMessageFields from "./FinalMessageFields";
import KeptCopies from "./KeptCopies";

interface Props {
  /** The final-message lesson, for readers without scripts. */
  lessonHref: string;
  /** The safety-planning lesson, linked before the copy button. */
  safetyHref: string;
}

/** The message's sentences from the catalogue. */
const messageTemplates: FinalMessageTemplates = {
  over: finalMessageTool.messageOver,
  from: finalMessageTool.messageFrom,
  means: finalMessageTool.messageMeans,
  children: finalMessageTool.messageChildren,
  heal: finalMessageTool.messageHeal,
  harassment: finalMessageTool.messageHarassment,
  channelNames: {
    phone: finalMessageTool.channelNamePhone,
    text: finalMessageTool.channelNameText,
    email: finalMessageTool.channelNameEmail,
    "social-media": finalMessageTool.channelNameSocialMedia,
    "in-person": finalMessageTool.channelNameInPerson,
  },
};

/** Today, now, every channel closed, no line about children. */
function defaultForm(now: Date): FinalMessageForm {
  return { stopDay: localDayOf(now), stopTime: localTimeOf(now), channels: ["phone", "text", "email", "social-media", "in-person"], children: "" };
}

/** The text of a downloaded copy: its date stamp, then the message. */
function datedText(message: string, when: Date, lang: string): string {
  return `${fill(finalMessageTool.copyStamp, { when: formatMoment(when, lang) })}\n\n${message}\n`;
}

/**
 * The final-message builder: a short form, the message in the lesson's plain words, the safety check
 * before the copy button, and dated copies kept in this browser. The form is filled from the latest
 * kept copy, so the reader can come back and change it.
 */
export default function FinalMessage({ lessonHref, safetyHref }: Props) {
  const enhanced = useEnhanced();
  // Kept copies are the reader's own words: sealed by the one passphrase. Locked, the builder still works; only the copies wait.
  const { store, view, reload } = useSensitiveStore(finalMessageSchema);
  const [form, setForm] = useState<FinalMessageForm | undefined>(undefined);
  const [status, setStatus] = useState("");
  const [deleting, setDeleting] = useState<SavedFinalMessage | undefined>(undefined);
  const messageText = useRef<HTMLParagraphElement>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);
  const lang = locale.intl;

  // "Erase everything" on any page: forget what the form holds too, so nothing of it lingers or is kept again.
  useEffect(
    () =>
      onErased(storageKeys.finalMessage, () => {
        setForm(defaultForm(new Date()));
        setStatus("");
        setDeleting(undefined);
      }),
    [],
  );

  // Once storage has been read, start from the latest kept copy, or from now (also when locked: the form is never replaced once shown).
  useEffect(() => {
    if (view.state === "loading" || form) return;
    setForm((view.state === "locked" ? undefined : view.value.copies.at(-1)?.form) ?? defaultForm(new Date()));
  }, [view.state]);

  const problems = form ? checkFinalMessageForm(form) : [];
  const message = form && problems.length === 0 ? buildFinalMessage(form, messageTemplates, lang) : "";
  const copies = shownValue(view)?.copies ?? [];
  const canKeep = view.state === "ready";

  const copy = async () => {
    if (await copyText(message)) setStatus(finalMessageTool.copied);
    else {
      if (messageText.current) window.getSelection()?.selectAllChildren(messageText.current);
      setStatus(finalMessageTool.copyFailed);
    }
  };

  const keep = async () => {
    if (!form) return;
    const now = new Date();
    const result = await store.change((stored) => withCopy(stored, message, form, now, crypto.randomUUID()));
    setStatus(result.ok ? fill(finalMessageTool.kept, { when: formatMoment(now, lang) }) : toolFailureMessage(result.reason));
  };

  const download = (words: string, when: Date) => {
    downloadText(messageFileName(when), datedText(words, when, lang));
    setStatus(toolStorage.downloaded);
  };

  const onDeleteClosed = async (confirmed: boolean) => {
    const chosen = deleting;
    setDeleting(undefined);
    if (!confirmed || !chosen) return;
    const result = await store.change((stored) => withoutCopy(stored, chosen.id));
    setStatus(result.ok ? finalMessageTool.deleted : toolFailureMessage(result.reason));
    // The button the reader pressed has gone: tell them where they are.
    statusLine.current?.focus();
  };

  return (
    <div class="final-message" data-enhanced={enhanced ? "" : undefined}>
      <p class="tool-no-js" data-no-js>
        {finalMessageTool.noScript} <a href={lessonHref}>{finalMessageTool.lessonLink}</a>
      </p>
      {enhanced && form && (
        <div data-needs-js>
          <StoreNotice view={view} />
          {view.state === "locked" && <ToolLocked idPrefix="final-message" onUnlocked={reload} />}
          <FinalMessageFields form={form} problems={problems} onChange={setForm} />
          <section class="final-message__result" aria-labelledby="final-message-heading">
            <h2 id="final-message-heading">{finalMessageTool.messageHeading}</h2>
            {message === "" ? (
              <p>{finalMessageTool.messageWaiting}</p>
            ) : (
              <>
                <blockquote class="final-message__text">
                  <p ref={messageText}>{message}</p>
                </blockquote>
                <div class="tool-notice" data-print="hide">
                  <h3>{finalMessageTool.safetyHeading}</h3>
                  <p>
                    {finalMessageTool.safetyText} <a href={safetyHref}>{finalMessageTool.safetyLink}</a>
                  </p>
                </div>
                <p class="tool-actions" data-print="hide">
                  <button type="button" class="button" onClick={() => void copy()}>
                    {finalMessageTool.copyButton}
                  </button>
                </p>
                <h3>{finalMessageTool.keepHeading}</h3>
                <p>{finalMessageTool.keepIntro}</p>
                <p class="tool-actions" data-print="hide">
                  {canKeep && (
                    <button type="button" class="button button--secondary" onClick={() => void keep()}>
                      {finalMessageTool.keepButton}
                    </button>
                  )}
                  <button type="button" class="button button--secondary" onClick={() => download(message, new Date())}>
                    {finalMessageTool.downloadButton}
                  </button>
                </p>
              </>
            )}
            <p class="tool-status" role="status" tabIndex={-1} ref={statusLine}>
              {status}
            </p>
          </section>
          {copies.length > 0 && (
            <KeptCopies copies={copies} lang={lang} onDownload={(copy) => download(copy.text, new Date(copy.savedAt))} onDelete={setDeleting} />
          )}
          {deleting && (
            <ConfirmDialog
              heading={finalMessageTool.deleteHeading}
              body={fill(finalMessageTool.deleteBody, { when: formatMoment(new Date(deleting.savedAt), lang) })}
              confirmLabel={toolStorage.deleteIt}
              cancelLabel={toolStorage.keepIt}
              onClose={(confirmed) => void onDeleteClosed(confirmed)}
            />
          )}
        </div>
      )}
    </div>
  );
}
