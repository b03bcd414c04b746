/** The final-message builder (/tools/final-message/): page, form, the message's sentences and kept copies. */
export const finalMessageTool = {
  pageTitle: "Final-message builder",
  pageDescription: "Put together a short, calm final message with the date and time contact stops. Nothing you type leaves this device.",
  intro:
    "Choose when contact stops and which ways of contact close. Your message appears below in plain words, ready to copy. Nothing you type here leaves this device.",
  /** Readers without scripts: the tool can't run, the lesson has a message to adapt. */
  noScript: "This tool needs scripts, and your browser is not running them. The lesson has a message you can adapt by hand:",
  lessonLink: "Your final message",
  stopDayLabel: "The date contact stops",
  stopTimeLabel: "The time contact stops",
  channelsLegend: "The ways of contact you are closing",
  channelPhone: "Phone calls",
  channelText: "Texts",
  channelEmail: "Email",
  channelSocialMedia: "Social media",
  channelInPerson: "In person",
  childrenLabel: "Arrangements for children (optional)",
  childrenHint: "If you have children together, say how arrangements will be made, for example “a parenting app” or “my solicitor”. Leave it empty for no line about children.",
  stopDayProblem: "Enter the date contact stops.",
  stopTimeProblem: "Enter the time contact stops.",
  noChannelProblem: "Choose at least one way of contact to close.",
  /** `{max}`: the most characters the line may have. */
  childrenTooLong: "Keep the line about children to {max} characters or fewer.",
  messageHeading: "Your message",
  /** Shown in place of the message while the form has a problem. */
  messageWaiting: "Your message will appear here once the form above is complete.",
  messageOver: "This relationship is over.",
  /** `{date}` and `{time}`: when contact stops, in words. */
  messageFrom: "From {date} at {time}, I want no contact with you of any kind.",
  /** `{channels}`: the closed channels joined as a list ("no calls, no texts, and no emails"). */
  messageMeans: "That means {channels}.",
  /** `{arrangement}`: the reader's own words, such as "a parenting app". */
  messageChildren: "The only exception is arrangements for the children, which will go through {arrangement}.",
  messageHeal: "I need time on my own to heal.",
  messageHarassment: "If you contact me after this, I will treat it as harassment and I may call the police.",
  channelNamePhone: "no calls",
  channelNameText: "no texts",
  channelNameEmail: "no emails",
  channelNameSocialMedia: "no messages on social media",
  channelNameInPerson: "no coming to see me in person",
  safetyHeading: "Send it only if it is safe to",
  safetyText: "If a message could make your ex angry enough to hurt you, or to come looking for you, wait. You don't have to send anything: no contact can start without a message.",
  safetyLink: "Staying safe as you leave",
  copyButton: "Copy the message",
  copied: "Copied. It is ready to paste, if and when you decide to send it.",
  copyFailed: "This browser didn't allow copying. The message is selected: copy it with your keyboard or the browser's menu.",
  keepHeading: "Keep a dated copy",
  keepIntro: "A copy with the date and time shows when you asked for contact to stop. It is kept only in this browser. You can also download it, to keep somewhere your ex can't reach.",
  keepButton: "Keep a dated copy",
  downloadButton: "Download with today's date",
  /** `{when}`: the date and time the copy was kept. */
  kept: "Kept on this device, dated {when}.",
  /** The first line of a downloaded copy. `{when}`: the date and time it was kept or downloaded. */
  copyStamp: "Final message, dated {when}",
  keptHeading: "Your kept copies",
  /** `{when}`: the date and time the copy was kept. */
  keptMeta: "Kept {when}",
  downloadCopy: "Download",
  /** A kept copy's download button's full name. `{when}`: when it was kept. */
  downloadCopyName: "Download the copy kept {when}",
  deleteCopy: "Delete",
  /** A kept copy's delete button's full name. `{when}`: when it was kept. */
  deleteCopyName: "Delete the copy kept {when}",
  deleteHeading: "Delete this copy?",
  /** `{when}`: when the copy was kept. */
  deleteBody: "The copy kept {when} will be removed from this browser. This can't be undone.",
  deleted: "That copy has been deleted.",
};
