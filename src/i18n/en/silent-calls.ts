export const silentCalls = {
  /** Before the country's own words on how to call without speaking. */
  where: "In the {country}:",
};
