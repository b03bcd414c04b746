// Page-weight budgets. A lesson must arrive at once on an old phone over a slow connection, so its
// bytes are capped. Bytes, not time: one build always gives the same numbers, so CI never flakes.

/** 1 kB = 1024 bytes, as `npm run size` and the bench print them. */
export const KB = 1024;

/** Gzip bytes a lesson page may download before search is used (JS counts only what runs at load). */
export const lessonBudget = Object.freeze({ html: 6 * KB, css: 8 * KB, js: 12 * KB });

const labels = { html: "HTML", css: "CSS", js: "JS" };

/**
 * Every resource of one page that is over its limit, and by how much.
 * @param {string} page URL path, named in the failure message
 * @param {{html: number, css: number, js: number}} weight gzip bytes from measurePage
 * @param {{html: number, css: number, js: number}} budget gzip byte limits
 */
export function overages(page, weight, budget) {
  return Object.entries(budget)
    .filter(([kind, limit]) => weight[kind] > limit)
    .map(([kind, limit]) => ({ page, kind, bytes: weight[kind], limit, over: weight[kind] - limit }));
}

/**
 * One line a reader of the CI log can act on: the page, the resource and the overage.
 * @param {{page: string, kind: string, bytes: number, limit: number, over: number}} overage
 */
export function describeOverage({ page, kind, bytes, limit, over }) {
  const label = labels[kind] ?? kind;
  return `${page}: ${label} is ${bytes} B gz, ${over} B over its ${limit} B (${limit / KB} kB) budget`;
}

/**
 * Share of a budget used, for the report: 0.75 means a quarter of the budget is still free.
 * @param {number} bytes
 * @param {number} limit
 */
export function shareOfBudget(bytes, limit) {
  return Math.round((bytes / limit) * 100) / 100;
}
