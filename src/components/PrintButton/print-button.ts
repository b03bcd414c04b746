// Progressive enhancement: without JavaScript the button stays hidden and the browser's own Print works.
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-print-button]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
