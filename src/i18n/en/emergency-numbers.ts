export const emergencyNumbers = {
  /** Between two emergency numbers one country shares (Ireland has two). */
  or: "or",
};
