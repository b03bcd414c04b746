/**
 * English: every string the interface shows, by namespace (one part of the interface each). Lesson text is
 * content, not here. Components and scripts import their namespace from "@ui-strings", which the build
 * points at the site's locale, and read keys as `namespace.key` (the catalogue test looks for that form).
 * Each namespace is its own module, re-exported here, so a browser script's bundle holds only the
 * namespaces it reads (one shared module would put every script's strings in a chunk every page loads).
 */

export * from "./locale";
export * from "./complete-toggle";
export * from "./site-footer";
export * from "./base-layout";
export * from "./lesson-page";
export * from "./lesson-nav";
export * from "./lesson-questions";
export * from "./key-points";
export * from "./lesson-sources";
export * from "./safety-note";
export * from "./danger-now";
export * from "./emergency-numbers";
export * from "./silent-calls";
export * from "./crisis-lines";
export * from "./helpline-directory";
export * from "./top-tips-sheet";
export * from "./lesson-list";
export * from "./home-page";
export * from "./help-page";
export * from "./safety-page";
export * from "./top-tips-page";
export * from "./not-found-page";
export * from "./safety-plan";
export * from "./quick-exit";
export * from "./exit-hint";
export * from "./site-header";
export * from "./site-search-form";
export * from "./search-page";
export * from "./search-results";
export * from "./print-button";
export * from "./unreadable-notice";
export * from "./save-failure";
export * from "./lesson-reflections";
export * from "./reflection-rescue";
export * from "./course-progress";
export * from "./erase-site-data";
export * from "./lock-panel";
export * from "./my-reflections";
export * from "./stored-data";
export * from "./unlock-form";
