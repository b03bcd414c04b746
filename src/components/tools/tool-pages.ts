import { contactLogTool, finalMessageTool, safetyPlan, toolPages } from "@ui-strings";

/** One tool as the /tools/ page lists it. */
export interface ToolPage {
  /** Its page: /tools/<slug>/. */
  slug: string;
  title: string;
  /** One sentence on what it helps with. */
  summary: string;
}

/**
 * Every tool, in the order /tools/ lists them. A tool whose page has its own namespace takes its title from
 * there, so the list and the page's heading never differ.
 */
export const toolList: readonly ToolPage[] = [
  { slug: "day-counter", title: toolPages.dayCounterTitle, summary: toolPages.dayCounterSummary },
  { slug: "pause", title: toolPages.pauseTitle, summary: toolPages.pauseSummary },
  { slug: "final-message", title: finalMessageTool.pageTitle, summary: toolPages.finalMessageSummary },
  { slug: "contact-log", title: contactLogTool.pageTitle, summary: toolPages.contactLogSummary },
  { slug: "safety-plan", title: safetyPlan.pageTitle, summary: toolPages.safetyPlanSummary },
];

/** A tool's title, for its own page. */
export function toolTitle(slug: string): string {
  const tool = toolList.find((entry) => entry.slug === slug);
  if (!tool) throw new Error(`No tool "${slug}" in toolList`);
  return tool.title;
}
