export const homeDayLine = {
  /** The quiet line on the home page: a day number only, no words about contact, for a reader on a watched phone. */
  day: "Day {count}",
};
