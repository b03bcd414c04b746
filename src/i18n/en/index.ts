/**
 * English: every string the interface shows, by namespace (one part of the interface each). Lesson text is
 * content, not here. Components and scripts import their namespace from "@ui-strings", which the build
 * points at the site's locale, and read keys as `namespace.key` (the catalogue test looks for that form).
 * Each namespace is its own module, re-exported here, so a browser script's bundle holds only the
 * namespaces it reads (one shared module would put every script's strings in a chunk every page loads).
 */

export * from "./locale";
export * from "./complete-toggle";
export * from "./tool-storage";
export * from "./final-message-tool";
export * from "./contact-log-tool";
export * from "./base-layout";
export * from "./course-progress";
export * from "./crisis-lines";
export * from "./danger-now";
export * from "./day-counter";
export * from "./emergency-numbers";
export * from "./erase-site-data";
export * from "./exit-hint";
export * from "./help-page";
export * from "./helpline-directory";
export * from "./home-day-line";
export * from "./home-page";
export * from "./key-points";
export * from "./lesson-list";
export * from "./lesson-nav";
export * from "./lesson-page";
export * from "./lesson-questions";
export * from "./lesson-reflections";
export * from "./lesson-sources";
export * from "./lock-panel";
export * from "./my-reflections";
export * from "./not-found-page";
export * from "./pause";
export * from "./print-button";
export * from "./quick-exit";
export * from "./reflection-rescue";
export * from "./safety-note";
export * from "./safety-page";
export * from "./safety-plan";
export * from "./save-failure";
export * from "./search-page";
export * from "./search-results";
export * from "./silent-calls";
export * from "./site-footer";
export * from "./site-header";
export * from "./site-search-form";
export * from "./stored-data";
export * from "./tool-pages";
export * from "./top-tips-page";
export * from "./top-tips-sheet";
export * from "./unlock-form";
export * from "./unreadable-notice";
export * from "./offline-copy";
export * from "./offline-page";
export * from "./tool-lock-note";
