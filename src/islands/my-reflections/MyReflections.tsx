import { useMemo, useRef, useState } from "preact/hooks";
import { locale, myReflections } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import { createReflectionsJournal } from "../../lib/reflections-journal";
import { groupByLesson, lessonHeading, reflectionsAsMarkdown, reflectionsAsText, type CourseLessonPrompts } from "../../lib/reflections-export";
import { notesFileName } from "../../lib/reflection-messages";
import { downloadText } from "../../lib/download-text";
import { pagePassphraseLock } from "../../lib/storage/passphrase-lock";
import { reflectionsSchema, type ReflectionAnswer } from "../../lib/storage/reflections-store";
import { toolWordsKept } from "../../lib/storage/sensitive-stores";
import { failureText } from "../shared/failure-text";
import { useEnhanced } from "../shared/use-enhanced";
import { useLockableStore } from "../shared/use-store";
import ConfirmDialog from "../shared/ConfirmDialog";
import UnlockMount from "../shared/UnlockMount";
import AnswerItem from "./AnswerItem";
import { exportWords } from "./export-words";
import LockPanel from "./LockPanel";
import "./my-reflections.css";

interface Props {
  /** Every lesson in course order, with its prompts. */
  course: readonly CourseLessonPrompts[];
  safetyHref: string;
}

type Confirming = { kind: "one"; answer: ReflectionAnswer; prompt: string } | { kind: "all" };

/**
 * Every answer grouped by lesson, with edit, delete, download, print and the lock.
 * Renders nothing until storage has been read after mount, so the server's HTML and the first render agree.
 */
export default function MyReflections({ course, safetyHref }: Props) {
  const enhanced = useEnhanced();
  const journal = useMemo(() => createReflectionsJournal(), []);
  const [state, refresh] = useLockableStore(useMemo(() => pagePassphraseLock().store(reflectionsSchema), []));
  const [announcement, setAnnouncement] = useState("");
  const [confirming, setConfirming] = useState<Confirming | undefined>(undefined);
  const status = useRef<HTMLParagraphElement>(null);

  const announce = (message: string, moveFocus = false) => {
    setAnnouncement(message);
    // When the control the reader used disappears, put focus on the message about what happened.
    if (moveFocus) status.current?.focus();
  };

  const onConfirmClosed = async (confirmed: boolean) => {
    const chosen = confirming;
    setConfirming(undefined);
    if (!confirmed || !chosen) return;
    if (chosen.kind === "all") {
      const result = journal.eraseAll();
      announce(result.ok ? myReflections.erased : failureText(result.reason, "erased"), true);
    } else {
      const result = await journal.deleteAnswer(chosen.answer.lesson, chosen.answer.prompt);
      announce(result.ok ? myReflections.deleted : failureText(result.reason, "deleted"), true);
    }
    refresh();
  };

  const eraseSection = (
    <section class="erase-reflections" aria-labelledby="erase-heading" data-print="hide">
      <h2 id="erase-heading">{myReflections.eraseHeading}</h2>
      <p>{myReflections.eraseIntro}</p>
      <button type="button" class="button button--secondary" onClick={() => setConfirming({ kind: "all" })}>
        {myReflections.eraseButton}
      </button>
    </section>
  );

  const body = () => {
    if (!state) return null;
    switch (state.status) {
      case "unavailable":
        return <p>{myReflections.unavailable}</p>;
      case "newer":
        return (
          <>
            <p>{myReflections.newer}</p>
            {eraseSection}
          </>
        );
      case "locked":
        return (
          <>
            <section class="locked-reflections" aria-labelledby="locked-heading">
              <h2 id="locked-heading">{myReflections.lockedHeading}</h2>
              <p>{myReflections.lockedIntro}</p>
              <UnlockMount
                build={(forms) =>
                  forms.createUnlockForm({
                    idPrefix: "my-reflections",
                    unlock: journal.unlock,
                    onUnlocked: () => {
                      announce(myReflections.unlocked);
                      refresh();
                    },
                  })
                }
              />
            </section>
            {eraseSection}
          </>
        );
      case "open":
      case "unlocked":
        return answersView(state.value, state.status === "unlocked");
    }
  };

  const answersView = (answers: ReflectionAnswer[], unlocked: boolean) => {
    const groups = groupByLesson(answers, course);
    const download = (extension: "txt" | "md") => {
      const now = new Date();
      const dates = { locale: locale.intl };
      const text = extension === "md" ? reflectionsAsMarkdown(groups, now, exportWords, dates) : reflectionsAsText(groups, now, exportWords, dates);
      downloadText(notesFileName(now, extension), text, extension === "md" ? "text/markdown" : "text/plain");
      announce(myReflections.downloaded);
    };
    return (
      <>
        {groups.length === 0 ? (
          <p>{myReflections.empty}</p>
        ) : (
          <>
            <div class="reflections-tools" data-print="hide">
              <button type="button" class="button button--secondary" onClick={() => download("txt")}>
                {myReflections.downloadText}
              </button>
              <button type="button" class="button button--secondary" onClick={() => download("md")}>
                {myReflections.downloadMarkdown}
              </button>
              <button type="button" class="button button--secondary" onClick={() => window.print()}>
                {myReflections.print}
              </button>
            </div>
            {groups.map((group) => {
              const headingId = `lesson-${group.lesson?.slug ?? "other"}`;
              return (
                <section class="reflections-lesson" aria-labelledby={headingId} key={headingId}>
                  <h2 id={headingId}>{group.lesson ? <a href={group.lesson.href}>{lessonHeading(group, exportWords)}</a> : lessonHeading(group, exportWords)}</h2>
                  {group.answered.map((item) => (
                    <AnswerItem
                      key={`${item.answer.lesson}/${item.answer.prompt}`}
                      item={item}
                      onSave={async (text) => {
                        const result = await journal.saveAnswer(item.answer.lesson, item.answer.prompt, text);
                        const deleted = text.trim() === "";
                        if (result.ok) announce(deleted ? myReflections.deleted : myReflections.saved, deleted);
                        refresh();
                        return result;
                      }}
                      onDelete={() => setConfirming({ kind: "one", answer: item.answer, prompt: item.prompt ?? myReflections.retiredPrompt })}
                    />
                  ))}
                </section>
              );
            })}
          </>
        )}
        {/* Nothing written yet (here or in the tools) means nothing to lock; an unlocked lock is always shown so it can be closed or removed. */}
        {(groups.length > 0 || unlocked || toolWordsKept()) && (
          <LockPanel
            journal={journal}
            unlocked={unlocked}
            safetyHref={safetyHref}
            onChanged={(message) => {
              announce(message);
              refresh();
            }}
          />
        )}
        {groups.length > 0 && eraseSection}
      </>
    );
  };

  return (
    <div class="my-reflections" data-enhanced={enhanced ? "" : undefined}>
      <p class="my-reflections__no-script" data-no-js>
        {myReflections.noScript}
      </p>
      <p class="my-reflections__status" role="status" tabIndex={-1} ref={status} data-print="hide">
        {announcement}
      </p>
      {body()}
      {confirming?.kind === "all" && (
        <ConfirmDialog
          heading={myReflections.eraseDialogHeading}
          body={myReflections.eraseDialogBody}
          confirmLabel={myReflections.eraseDialogConfirm}
          cancelLabel={myReflections.eraseDialogCancel}
          danger
          onClose={(confirmed) => void onConfirmClosed(confirmed)}
        />
      )}
      {confirming?.kind === "one" && (
        <ConfirmDialog
          heading={myReflections.deleteDialogHeading}
          body={fill(myReflections.deleteDialogBody, { prompt: confirming.prompt })}
          confirmLabel={myReflections.deleteDialogConfirm}
          cancelLabel={myReflections.deleteDialogCancel}
          onClose={(confirmed) => void onConfirmClosed(confirmed)}
        />
      )}
    </div>
  );
}
