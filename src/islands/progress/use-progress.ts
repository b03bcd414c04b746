import { useEffect, useState } from "preact/hooks";
import { createProgressStore, emptyProgress, type Progress } from "../../lib/storage/progress-store";

/** One store for every progress island on the page; they stay in step through its subscription. */
export const progressStore = createProgressStore();

/** What an island knows about progress: nothing until it has mounted and read storage. */
export type ProgressView =
  | { state: "loading" }
  | { state: "ready"; progress: Progress }
  /** Storage is blocked or holds data from a newer version of the site: show, but don't save. */
  | { state: "unsaved"; progress: Progress; reason: "unavailable" | "newer" };

function view(): ProgressView {
  const found = progressStore.read();
  switch (found.status) {
    case "ok":
      return { state: "ready", progress: found.value };
    case "empty":
    case "invalid":
      return { state: "ready", progress: emptyProgress };
    case "newer":
    case "unavailable":
      return { state: "unsaved", progress: emptyProgress, reason: found.status };
  }
}

/** Reads progress after mount (the server rendered the neutral state) and follows changes from any tab. */
export function useProgress(): ProgressView {
  const [current, setCurrent] = useState<ProgressView>({ state: "loading" });
  useEffect(() => {
    setCurrent(view());
    return progressStore.subscribe(() => setCurrent(view()));
  }, []);
  return current;
}
