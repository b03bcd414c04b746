// Page-weight budgets. A lesson must arrive at once on an old phone over a slow connection, so its
// bytes are capped. Bytes, not time: one build always gives the same numbers, so CI never flakes.

/** 1 kB = 1024 bytes, as `npm run size` and the bench print them. */
export const KB = 1024;

/** The resources a page is weighed by. */
export type Resource = "html" | "css" | "js";

/** Gzip bytes per resource: a page's weight, or the limits it must stay within. */
export type PageWeight = Record<Resource, number>;

/** One resource of one page over its limit. */
export interface Overage {
  /** URL path of the page, named in the failure message. */
  page: string;
  /** The resource over its limit. */
  kind: Resource;
  /** Gzip bytes the page has of it. */
  bytes: number;
  /** Gzip bytes allowed. */
  limit: number;
  /** Gzip bytes over the limit. */
  over: number;
}

/** Gzip bytes a lesson page may download before search is used (JS counts only what runs at load). */
export const lessonBudget: Readonly<PageWeight> = Object.freeze({ html: 6 * KB, css: 8 * KB, js: 12 * KB });

/**
 * Gzip bytes any page under /tools/ may download: a tool is one Preact island with its strings (about
 * 20 kB of script with the runtime when measured), and the four that keep the reader's words also carry
 * the passphrase lock (about 2 kB); the largest, the safety plan, measured 27.4 kB. So a tool's JS allows
 * more than a lesson's plain scripts, with a little room to grow.
 */
export const toolBudget: Readonly<PageWeight> = Object.freeze({ html: 8 * KB, css: 8 * KB, js: 30 * KB });

const labels: Record<Resource, string> = { html: "HTML", css: "CSS", js: "JS" };
const resources: readonly Resource[] = ["html", "css", "js"];

/**
 * Every resource of one page that is over its limit, and by how much.
 * @param page URL path, named in the failure message
 * @param weight gzip bytes from measurePage
 * @param budget gzip byte limits
 */
export function overages(page: string, weight: PageWeight, budget: PageWeight): Overage[] {
  return resources
    .filter((kind) => weight[kind] > budget[kind])
    .map((kind) => ({ page, kind, bytes: weight[kind], limit: budget[kind], over: weight[kind] - budget[kind] }));
}

/** One line a reader of the CI log can act on: the page, the resource and the overage. */
export function describeOverage({ page, kind, bytes, limit, over }: Overage): string {
  const label = labels[kind];
  return `${page}: ${label} is ${bytes} B gz, ${over} B over its ${limit} B (${limit / KB} kB) budget`;
}

/** Share of a budget used, for the report: 0.75 means a quarter of the budget is still free. */
export function shareOfBudget(bytes: number, limit: number): number {
  return Math.round((bytes / limit) * 100) / 100;
}
