/**
 * Saves `text` as a file made inside the browser (a Blob URL): nothing is sent anywhere.
 * Browser-only; covered by the e2e download tests.
 */
export function downloadText(fileName: string, text: string, mediaType: "text/plain" | "text/markdown" | "text/csv" | "application/json" = "text/plain"): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mediaType};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the Blob after click() returns, so let it go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies text to the clipboard; false when the browser refuses (then the caller selects the text instead). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
