/** The stores in the registry (src/lib/storage/store-registry.ts), as the safety page, erase-all and notices name them. */
export const storedData = {
  progressLabel: "Your progress",
  progressInSentence: "your progress",
  progressStoredWhen:
    "When you press “Mark lesson complete”: which lessons you completed, and the day you did. After that, opening a lesson also updates which lesson you opened last, so the home page can take you back to it.",
  reflectionsLabel: "Your reflections",
  reflectionsInSentence: "your reflections",
  reflectionsStoredWhen:
    "When you write in a lesson's “Write it down” box or edit an answer on My reflections: your words, which question they answer, and when you last changed them. If you set a passphrase, only the locked (encrypted) answers are kept.",
  safetyPlanLabel: "Your safety plan",
  safetyPlanInSentence: "your safety plan",
  safetyPlanStoredWhen:
    "When you write or tick anything on the safety plan page: what you wrote in each part, what you ticked, the country you chose, the numbers you added, and the title and print choice for the sheet.",
  dayCounterLabel: "Your day counter",
  dayCounterInSentence: "your day counter",
  dayCounterStoredWhen:
    "When you set a start date on the day counter: that date, and the dates of any earlier counts you started again from (no words). The home page then shows the day number.",
  pauseNotesLabel: "Your unsent notes",
  pauseNotesInSentence: "your unsent notes",
  pauseNotesStoredWhen:
    "When you keep a note or add someone to call on the “Pause before you reach out” page: your words, when you wrote them, and the names you listed.",
  pauseCountLabel: "Your pause count",
  pauseCountInSentence: "your pause count",
  pauseCountStoredWhen: "When you say an urge has passed at the end of a pause: how many times you have done that (a number only).",
  finalMessageLabel: "Your final message",
  finalMessageInSentence: "your final message",
  finalMessageStoredWhen:
    "When you press “Keep a dated copy” in the final-message builder: the message, the date and time you kept it, and the choices it was made from (the date and time contact stops, the ways of contact it closes, and your line about the children).",
  contactLogLabel: "Your log of unwanted contact",
  contactLogInSentence: "your log of unwanted contact",
  contactLogStoredWhen:
    "When you add, change or delete an entry in the unwanted-contact log: each entry's date and time, how contact was made, what happened, witnesses, evidence kept, whether you reported it, the police reference and the officer's name or number.",
  /** A store's set-aside copy, by name: `{store}` is the store in a sentence. */
  unreadableCopy: "A copy of {store} that could not be read",
};
