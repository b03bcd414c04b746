import { eraseSiteData, storedData } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import type { EraseResult } from "../../lib/storage/erase-site-data";
import type { RemoveResult } from "../../lib/offline-copy";
import { describeKey } from "../../lib/storage/store-registry";

/** A stored key in the reader's words: "Your progress", "A copy of your reflections that could not be read", or the key itself. */
export function keyName(key: string): string {
  const found = describeKey(key);
  if (found.kind === "unknown") return found.key;
  return found.kind === "store" ? found.entry.label : fill(storedData.unreadableCopy, { store: found.entry.labelInSentence });
}

const nothingOffline: RemoveResult = { removed: false, failed: false };

/** What to tell the reader once erasing is done: the stored keys, and the offline copy if one was kept. */
export function eraseSummary(result: EraseResult, offline: RemoveResult = nothingOffline): string {
  const removed = [...(result.status === "erased" ? result.removed.map(keyName) : []), ...(offline.removed ? [eraseSiteData.offlineCopy] : [])];
  const failed = [...(result.status === "erased" ? result.failed.map(keyName) : []), ...(offline.failed ? [eraseSiteData.offlineCopy] : [])];
  const parts: string[] = [];
  if (result.status === "unavailable") parts.push(eraseSiteData.unavailable);
  else if (removed.length === 0 && failed.length === 0) parts.push(eraseSiteData.nothingStored);
  if (removed.length > 0) parts.push(fill(eraseSiteData.erased, { stores: removed.join(", ") }));
  if (failed.length > 0) parts.push(fill(eraseSiteData.notRemoved, { stores: failed.join(", ") }));
  return parts.join(" ");
}
