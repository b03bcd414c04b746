export const homePage = {
  description: "A free, private course for people leaving a manipulative or abusive partner: how to go no contact and stay there, one short lesson at a time.",
  heading: "No Contact: a course for leaving and staying gone",
  lead: "A free course for leaving a partner who hurt, controlled or used you, and staying gone: {count} short lessons, at your own pace.",
  /** {link} is helpLink. */
  danger: "In danger now? Call your local emergency number, or {link}.",
  helpLink: "find a helpline",
  /** {link} is offlineLink, to "Keep this course on this device" on the safety page. */
  offline: "No signal at times? You can {link}.",
  offlineLink: "keep this course on this device",
  privacy: "Nothing you do here is sent anywhere: your progress and notes stay in this browser, on this device.",
};
