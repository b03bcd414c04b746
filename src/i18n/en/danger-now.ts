export const dangerNow = {
  heading: "If you are in danger now",
  /** {numbers} is the list of emergency numbers with their countries. */
  callEmergency: "Call your local emergency number: {numbers}.",
  notEmergencyService: "This course is not an emergency service.",
  helpLink: "Find helplines near you",
};
