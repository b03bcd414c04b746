// Opening the header's search on a phone puts the cursor in the box straight away (inside the tap,
// so phones show the keyboard), and Escape folds it again. Without JavaScript the disclosure still opens.
const disclosure = document.querySelector<HTMLDetailsElement>("[data-header-search]");
const toggle = disclosure?.querySelector("summary");
const input = disclosure?.querySelector("input");

if (disclosure && toggle && input) {
  toggle.addEventListener("click", (event) => {
    if (disclosure.open) return;
    event.preventDefault();
    disclosure.open = true;
    input.focus();
  });
  disclosure.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !disclosure.open || getComputedStyle(toggle).display === "none") return;
    disclosure.open = false;
    toggle.focus();
  });
}
