export const printButton = {
  label: "Print this page",
};
