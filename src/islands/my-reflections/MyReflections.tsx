import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { createReflectionsJournal, type JournalState } from "../../lib/reflections-journal";
import { groupByLesson, reflectionsAsMarkdown, reflectionsAsText, RETIRED_LESSONS_HEADING, type CourseLessonPrompts } from "../../lib/reflections-export";
import { notesFileName, failureMessage } from "../../lib/reflection-messages";
import { downloadText } from "../../lib/download-text";
import type { ReflectionAnswer } from "../../lib/storage/reflections-store";
import UnlockForm from "./UnlockForm";
import AnswerItem from "./AnswerItem";
import ConfirmDialog from "../shared/ConfirmDialog";
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
  const journal = useMemo(() => createReflectionsJournal(), []);
  const [state, setState] = useState<JournalState | undefined>(undefined);
  const [announcement, setAnnouncement] = useState("");
  const [confirming, setConfirming] = useState<Confirming | undefined>(undefined);
  const status = useRef<HTMLParagraphElement>(null);

  const refresh = async () => setState(await journal.load());
  const announce = (message: string, moveFocus = false) => {
    setAnnouncement(message);
    // When the control the reader used disappears, put focus on the message about what happened.
    if (moveFocus) status.current?.focus();
  };

  useEffect(() => {
    void refresh();
    return journal.subscribe(() => void refresh());
  }, []);

  const onConfirmClosed = async (confirmed: boolean) => {
    const chosen = confirming;
    setConfirming(undefined);
    if (!confirmed || !chosen) return;
    if (chosen.kind === "all") {
      const result = journal.eraseAll();
      announce(result.ok ? "All your reflections have been erased from this browser." : failureMessage(result.reason, "erased"), true);
    } else {
      const result = await journal.deleteAnswer(chosen.answer.lesson, chosen.answer.prompt);
      announce(result.ok ? "That answer has been deleted." : failureMessage(result.reason, "deleted"), true);
    }
    await refresh();
  };

  const eraseSection = (
    <section class="erase-reflections" aria-labelledby="erase-heading" data-print="hide">
      <h2 id="erase-heading">Erase them</h2>
      <p>This removes every answer from this browser, locked or not. It can't be undone.</p>
      <button type="button" class="button button--secondary" onClick={() => setConfirming({ kind: "all" })}>
        Erase all my reflections
      </button>
    </section>
  );

  const body = () => {
    if (!state) return null;
    switch (state.status) {
      case "unavailable":
        return <p>This browser is not letting the site store anything (it may be a private window, or storage is turned off), so no reflections are kept here.</p>;
      case "newer":
        return (
          <>
            <p>Your reflections were saved by a newer version of this site. This page can't read them, so it leaves them as they are.</p>
            {eraseSection}
          </>
        );
      case "locked":
        return (
          <>
            <section class="locked-reflections" aria-labelledby="locked-heading">
              <h2 id="locked-heading">Your reflections are locked</h2>
              <p>Enter your passphrase to read them. If you have forgotten it, it can't be recovered, but you can still erase them below.</p>
              <UnlockForm
                journal={journal}
                idPrefix="my-reflections"
                onUnlocked={() => {
                  announce("Unlocked.");
                  void refresh();
                }}
              />
            </section>
            {eraseSection}
          </>
        );
      case "open":
      case "unlocked":
        return answersView(state.answers, state.status === "unlocked");
    }
  };

  const answersView = (answers: ReflectionAnswer[], unlocked: boolean) => {
    const groups = groupByLesson(answers, course);
    const download = (extension: "txt" | "md") => {
      const now = new Date();
      const text = extension === "md" ? reflectionsAsMarkdown(groups, now) : reflectionsAsText(groups, now);
      downloadText(notesFileName(now, extension), text, extension === "md" ? "text/markdown" : "text/plain");
      announce("Downloaded. The file is not locked: anyone who can open your downloads can read it.");
    };
    return (
      <>
        {groups.length === 0 ? (
          <p>
            You haven't written any reflections yet. Each lesson ends with a question or two; what you write there appears here, and stays on
            this device.
          </p>
        ) : (
          <>
            <div class="reflections-tools" data-print="hide">
              <button type="button" class="button button--secondary" onClick={() => download("txt")}>
                Download as text
              </button>
              <button type="button" class="button button--secondary" onClick={() => download("md")}>
                Download as Markdown
              </button>
              <button type="button" class="button button--secondary" onClick={() => window.print()}>
                Print
              </button>
            </div>
            {groups.map((group) => {
              const headingId = `lesson-${group.lesson?.slug ?? "other"}`;
              return (
                <section class="reflections-lesson" aria-labelledby={headingId} key={headingId}>
                  <h2 id={headingId}>
                    {group.lesson ? (
                      <a href={group.lesson.href}>
                        Lesson {group.lesson.number}: {group.lesson.title}
                      </a>
                    ) : (
                      RETIRED_LESSONS_HEADING
                    )}
                  </h2>
                  {group.answered.map((item) => (
                    <AnswerItem
                      key={`${item.answer.lesson}/${item.answer.prompt}`}
                      item={item}
                      onSave={async (text) => {
                        const result = await journal.saveAnswer(item.answer.lesson, item.answer.prompt, text);
                        if (result.ok) announce(text.trim() === "" ? "That answer has been deleted." : "Saved on this device", text.trim() === "");
                        await refresh();
                        return result;
                      }}
                      onDelete={() => setConfirming({ kind: "one", answer: item.answer, prompt: item.prompt })}
                    />
                  ))}
                </section>
              );
            })}
          </>
        )}
        {/* Nothing written yet means nothing to lock; an unlocked lock is always shown so it can be closed or removed. */}
        {(groups.length > 0 || unlocked) && (
          <LockPanel
            journal={journal}
            unlocked={unlocked}
            safetyHref={safetyHref}
            onChanged={(message) => {
              announce(message);
              void refresh();
            }}
          />
        )}
        {groups.length > 0 && eraseSection}
      </>
    );
  };

  return (
    <div class="my-reflections">
      <p class="my-reflections__status" role="status" tabIndex={-1} ref={status} data-print="hide">
        {announcement}
      </p>
      {body()}
      {confirming?.kind === "all" && (
        <ConfirmDialog
          heading="Erase all your reflections?"
          body="Every answer you have written will be removed from this browser. This can't be undone. To keep a copy, download them first."
          confirmLabel="Erase all"
          cancelLabel="Keep them"
          onClose={(confirmed) => void onConfirmClosed(confirmed)}
        />
      )}
      {confirming?.kind === "one" && (
        <ConfirmDialog
          heading="Delete this answer?"
          body={`Your answer to “${confirming.prompt}” will be removed from this browser. This can't be undone.`}
          confirmLabel="Delete it"
          cancelLabel="Keep it"
          onClose={(confirmed) => void onConfirmClosed(confirmed)}
        />
      )}
    </div>
  );
}
