import { eraseSiteData } from "@ui-strings";
import { eraseSiteData as eraseStoredData, exportSiteData } from "../../lib/storage/erase-site-data";
import { announceErased } from "../../lib/storage/erase-signal";
import { removeOfflineCopy } from "../../lib/offline-copy";
import { notesFileName } from "../../lib/reflection-messages";
import { confirmDialog } from "../../islands/shared/confirm-dialog";
import { defineElement, EnhancedElement } from "../shared/enhanced-element";
import { eraseSummary } from "./erase-summary";

// Asks in the one confirm dialog, erases, then says what was removed; and downloads everything as stored.
class EraseSiteData extends EnhancedElement {
  protected enhance(): void {
    const button = this.find<HTMLButtonElement>("[data-erase-button]");
    const status = this.find("[data-erase-status]");
    const exportButton = this.find<HTMLButtonElement>("[data-export-button]");

    button.addEventListener("click", async () => {
      status.textContent = "";
      const confirmed = await confirmDialog({
        heading: eraseSiteData.dialogHeading,
        body: eraseSiteData.dialogBody,
        confirmLabel: eraseSiteData.dialogConfirm,
        cancelLabel: eraseSiteData.dialogCancel,
        danger: true,
      });
      if (!confirmed) return;
      const result = eraseStoredData();
      const offline = await removeOfflineCopy(new URL(import.meta.env.BASE_URL, location.href));
      // Other open pages drop anything waiting to be saved, so nothing erased comes back.
      announceErased();
      status.textContent = eraseSummary(result, offline);
    });

    exportButton.addEventListener("click", async () => {
      const stored = exportSiteData();
      if (!stored || stored.length === 0) {
        status.textContent = stored ? eraseSiteData.exportNothing : eraseSiteData.unavailable;
        return;
      }
      const { downloadText } = await import("../../lib/download-text");
      const now = new Date();
      downloadText(notesFileName(now, "json"), `${JSON.stringify({ exported: now.toISOString(), stored }, null, 2)}\n`, "application/json");
      status.textContent = eraseSiteData.exportDone;
    });
  }
}

defineElement("nc-erase-site-data", EraseSiteData);
