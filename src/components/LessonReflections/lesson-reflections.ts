import { createAutosave, type Autosave } from "../../lib/autosave";
import { notesFileName, saveMessage } from "../../lib/reflection-messages";
import { createReflectionsJournal, type JournalWriteResult } from "../../lib/reflections-journal";
import { answerText } from "../../lib/storage/reflections-store";
import { onErased } from "../../lib/storage/erase-signal";
import { storageKeys } from "../../lib/storage/storage-keys";

// Progressive enhancement of the server-rendered boxes: they save as the reader types. A plain script,
// not a framework island, keeps lesson pages within their size budget; the logic lives in src/lib.

interface Field {
  id: string;
  prompt: string;
  box: HTMLTextAreaElement;
  status: HTMLElement;
  rescue: HTMLElement;
  saver: Autosave<string>;
}

const section = document.querySelector<HTMLElement>("[data-lesson-reflections]");

if (section) {
  const lesson = section.dataset["lessonReflections"] ?? "";
  const journal = createReflectionsJournal();
  const lockedPanel = section.querySelector<HTMLElement>("[data-reflections-locked]");
  const fieldsPanel = section.querySelector<HTMLElement>("[data-reflection-fields]");

  const showResult = (field: Pick<Field, "status" | "rescue">, result: JournalWriteResult) => {
    // A save refused because everything was erased says nothing: the erase cleared the page.
    if (!result.ok && result.reason === "erased") return;
    field.status.textContent = saveMessage(result);
    field.rescue.hidden = result.ok;
  };

  const fields: Field[] = [...section.querySelectorAll<HTMLElement>("[data-reflection-id]")].flatMap((element) => {
    const box = element.querySelector("textarea");
    const status = element.querySelector<HTMLElement>("[role=status]");
    const rescue = element.querySelector<HTMLElement>(".reflection-rescue");
    if (!box || !status || !rescue) return [];
    const id = element.dataset["reflectionId"] ?? "";
    const saver = createAutosave<string, JournalWriteResult>({
      save: (text) => journal.saveAnswer(lesson, id, text),
      succeeded: (result) => result.ok,
      onResult: (result) => showResult({ status, rescue }, result),
    });
    return [{ id, prompt: element.querySelector("label")?.textContent ?? "", box, status, rescue, saver }];
  });

  const refresh = async () => {
    const state = await journal.load();
    const locked = state.status === "locked";
    if (lockedPanel) lockedPanel.hidden = !locked;
    if (fieldsPanel) fieldsPanel.hidden = locked;
    for (const field of fields) {
      if (state.status === "unavailable" || state.status === "newer") {
        showResult(field, { ok: false, reason: state.status === "newer" ? "newer-version" : "unavailable" });
      }
      // Never replace words still waiting to be saved (or that failed to save) with older stored ones.
      if ((state.status === "open" || state.status === "unlocked") && !field.saver.hasUnsaved()) {
        field.box.value = answerText(state.answers, lesson, field.id);
      }
    }
    section.dataset["ready"] = "true";
  };

  for (const field of fields) {
    const typed = () => {
      void journal.draft(lesson, field.id, field.box.value);
      field.saver.schedule(field.box.value);
    };
    // Words typed before this script arrived are kept and saved.
    if (field.box.value !== "") typed();
    field.box.addEventListener("input", typed);
    field.box.addEventListener("blur", () => void field.saver.flush());
    field.rescue.querySelector("[data-copy]")?.addEventListener("click", async () => {
      const { copyText } = await import("../../lib/download-text");
      if (await copyText(field.box.value)) {
        field.status.textContent = "Copied. It is still not saved on this device.";
      } else {
        field.box.select();
        field.status.textContent = "Your words are selected: press Ctrl+C (or Command+C on a Mac) to copy them.";
      }
    });
    field.rescue.querySelector("[data-download]")?.addEventListener("click", async () => {
      const { downloadText } = await import("../../lib/download-text");
      downloadText(notesFileName(new Date(), "txt"), `${field.prompt}\n\n${field.box.value}\n`);
    });
  }

  const unlockForm = section.querySelector<HTMLFormElement>("[data-unlock-form]");
  unlockForm?.addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = unlockForm.querySelector("input");
    const status = unlockForm.querySelector("[role=status]");
    const button = unlockForm.querySelector("button");
    if (!input || !status || !button || input.value === "" || button.disabled) return;
    button.disabled = true;
    // Deriving the key is deliberately slow (that is what makes guessing slow), so say something meanwhile.
    status.textContent = "Unlocking…";
    const result = await journal.unlock(input.value);
    button.disabled = false;
    if (result.ok || result.reason === "not-locked") {
      input.value = "";
      status.textContent = "";
      await refresh();
    } else {
      status.textContent = "That passphrase did not unlock them. Nothing has been changed. Check it and try again.";
    }
  });

  // Leaving: the page may be gone before any promise settles, so the drafts (already sealed as the
  // reader typed, when locked) are written at once.
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
      field.rescue.hidden = true;
    }
    void refresh();
  });
  journal.subscribe(() => void refresh());
  void refresh();
}
