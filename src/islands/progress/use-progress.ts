import { createProgressStore, emptyProgress, type Progress } from "../../lib/storage/progress-store";
import type { StoreView } from "../../lib/storage/store-view";
import { useStore } from "../shared/use-store";

/** One store for every progress island on the page; they stay in step through its subscription. */
export const progressStore = createProgressStore();

/** Progress as the home page shows it, following changes from any tab. */
export function useProgress(): StoreView<Progress> {
  return useStore(progressStore, emptyProgress);
}
