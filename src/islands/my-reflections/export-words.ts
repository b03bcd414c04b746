import { myReflections } from "@ui-strings";
import type { ExportWords } from "../../lib/reflections-export";

/** The words a reflections download is written in, from the catalogue: My reflections and its unit test both use them. */
export const exportWords: ExportWords = {
  title: myReflections.title,
  downloaded: myReflections.fileDownloaded,
  lastEdited: myReflections.fileLastEdited,
  lastEditedInText: myReflections.fileLastEditedInText,
  lessonHeading: myReflections.lessonHeading,
  otherReflections: myReflections.otherReflections,
  retiredPrompt: myReflections.retiredPrompt,
};
