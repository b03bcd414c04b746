import { reflectionRescue } from "@ui-strings";
import { createAutosave, type Autosave } from "../../lib/autosave";
import { notesFileName } from "../../lib/reflection-messages";
import { createReflectionsJournal, type JournalWriteResult } from "../../lib/reflections-journal";
import { answerText } from "../../lib/storage/reflections-store";
import { onErased } from "../../lib/storage/erase-signal";
import { storageKeys } from "../../lib/storage/storage-keys";
import { pagePassphraseLock } from "../../lib/storage/passphrase-lock";
import { defineElement, ElementError, EnhancedElement } from "../shared/enhanced-element";
import { saveText } from "../../islands/shared/failure-text";

// The server-rendered boxes save as the reader types. A plain script, not a framework island, keeps
// lesson pages within their size budget; the logic lives in src/lib.

interface Field {
  id: string;
  prompt: string;
  box: HTMLTextAreaElement;
  status: HTMLElement;
  /** "Copy my words" and "Download them", shown only while the words are not saved. */
  rescue: HTMLElement | undefined;
  saver: Autosave<string>;
}

const button = (text: string, onClick: () => void) => {
  const element = Object.assign(document.createElement("button"), { type: "button", className: "button button--secondary", textContent: text });
  element.addEventListener("click", onClick);
  return element;
};

class LessonReflections extends EnhancedElement {
  protected enhance(): void {
    const lesson = this.dataset["lesson"] ?? "";
    const journal = createReflectionsJournal();
    const fieldsPanel = this.find("[data-fields]");
    const link = this.find<HTMLAnchorElement>("a");

    const showRescue = (field: Field) => {
      const rescue = Object.assign(document.createElement("p"), { className: "reflection-rescue" });
      rescue.append(
        button(reflectionRescue.copy, async () => {
          const { copyText } = await import("../../lib/download-text");
          if (await copyText(field.box.value)) {
            field.status.textContent = reflectionRescue.copied;
          } else {
            field.box.select();
            field.status.textContent = reflectionRescue.selected;
          }
        }),
        button(reflectionRescue.download, async () => {
          const { downloadText } = await import("../../lib/download-text");
          downloadText(notesFileName(new Date(), "txt"), `${field.prompt}\n\n${field.box.value}\n`);
        }),
      );
      field.status.after(rescue);
      return rescue;
    };

    const showResult = (field: Field, result: JournalWriteResult) => {
      // A save refused because everything was erased says nothing: the erase cleared the page.
      if (!result.ok && result.reason === "erased") return;
      field.status.textContent = saveText(result);
      if (result.ok) {
        field.rescue?.remove();
        field.rescue = undefined;
      } else {
        field.rescue ??= showRescue(field);
      }
    };

    const inside = <Found extends Element>(element: Element, selector: string): Found => {
      const found = element.querySelector<Found>(selector);
      if (!found) throw new ElementError(this.localName, selector);
      return found;
    };
    const fields: Field[] = this.findAll("[data-id]").map((element) => {
      const id = element.dataset["id"] ?? "";
      const field: Field = {
        id,
        prompt: element.querySelector("label")?.textContent ?? "",
        box: inside<HTMLTextAreaElement>(element, "textarea"),
        status: inside<HTMLElement>(element, "[role=status]"),
        rescue: undefined,
        saver: createAutosave<string, JournalWriteResult>({
          save: (text) => journal.saveAnswer(lesson, id, text),
          succeeded: (result) => result.ok,
          onResult: (result) => showResult(field, result),
        }),
      };
      return field;
    });

    // Loaded and built only when the reflections are locked: most readers never set a passphrase.
    let lockedPanel: Promise<HTMLElement> | undefined;
    const showLocked = (locked: boolean) => {
      fieldsPanel.hidden = locked;
      if (!locked) {
        void lockedPanel?.then((panel) => panel.remove());
        lockedPanel = undefined;
      } else {
        lockedPanel ??= import("../../islands/shared/unlock-form").then(({ lessonUnlockPanel }) => {
          const panel = lessonUnlockPanel({ idPrefix: `reflections-${lesson}`, link, unlock: pagePassphraseLock().unlock, onUnlocked: () => refresh() });
          fieldsPanel.before(panel);
          return panel;
        });
      }
    };

    const refresh = () => {
      const state = journal.load();
      showLocked(state.status === "locked");
      for (const field of fields) {
        if (state.status === "unavailable" || state.status === "newer") {
          showResult(field, { ok: false, reason: state.status === "newer" ? "newer-version" : "unavailable" });
        }
        // Never replace words still waiting to be saved (or that failed to save) with older stored ones.
        if ((state.status === "open" || state.status === "unlocked") && !field.saver.hasUnsaved()) {
          field.box.value = answerText(state.answers, lesson, field.id);
        }
      }
    };

    for (const field of fields) {
      const typed = () => {
        journal.draft(lesson, field.id, field.box.value);
        field.saver.schedule(field.box.value);
      };
      // Words typed before this script arrived are kept and saved.
      if (field.box.value !== "") typed();
      field.box.addEventListener("input", typed);
      field.box.addEventListener("blur", () => void field.saver.flush());
    }

    // Leaving: the page may be gone before any promise settles, so the drafts are written at once
    // (sealed at once, when locked).
    addEventListener("pagehide", () => {
      if (journal.saveDraftsNow().ok) for (const field of fields) field.saver.discard();
    });
    // Hidden, the page may still come back, and there is time for the usual save.
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") for (const field of fields) void field.saver.flush();
    });
    // Erased on another page: nothing typed here may be written back, and nothing erased stays on screen.
    onErased(storageKeys.reflections, () => {
      journal.forgetDrafts();
      for (const field of fields) {
        field.saver.discard();
        field.box.value = "";
        field.status.textContent = "";
        field.rescue?.remove();
        field.rescue = undefined;
      }
      refresh();
    });
    journal.subscribe(refresh);
    refresh();
  }
}

defineElement("nc-lesson-reflections", LessonReflections);
