export const helpPage = {
  title: "Get help",
  description: "Emergency numbers and domestic abuse helplines in the UK, US, Australia, Ireland, New Zealand, Canada and Europe, with what each is for.",
  heading: "Get help",
  dangerHeading: "If you are in danger right now",
  helplinesHeading: "About helplines",
  /** {date} is the month and year of the oldest check. */
  checked: "Numbers last checked in {date}. Numbers and hours can change, so check the service's own website if you can.",
};
