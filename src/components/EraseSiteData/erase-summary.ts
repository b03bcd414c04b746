import { eraseSiteData, storedData } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import type { EraseResult } from "../../lib/storage/erase-site-data";
import { describeKey } from "../../lib/storage/store-registry";

/** A stored key in the reader's words: "Your progress", "A copy of your reflections that could not be read", or the key itself. */
export function keyName(key: string): string {
  const found = describeKey(key);
  if (found.kind === "unknown") return found.key;
  return found.kind === "store" ? found.entry.label : fill(storedData.unreadableCopy, { store: found.entry.labelInSentence });
}

/** What to tell the reader once erasing is done. */
export function eraseSummary(result: EraseResult): string {
  if (result.status === "unavailable") return eraseSiteData.unavailable;
  const parts: string[] = [];
  if (result.removed.length === 0 && result.failed.length === 0) parts.push(eraseSiteData.nothingStored);
  if (result.removed.length > 0) parts.push(fill(eraseSiteData.erased, { stores: result.removed.map(keyName).join(", ") }));
  if (result.failed.length > 0) parts.push(fill(eraseSiteData.notRemoved, { stores: result.failed.map(keyName).join(", ") }));
  return parts.join(" ");
}
