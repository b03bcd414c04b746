export const crisisLines = {
  intro: "If you are thinking about suicide or hurting yourself, call a crisis line:",
};
