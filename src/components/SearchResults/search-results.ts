import { dangerIn } from "../../lib/danger-phrases";
import { buildExcerpt } from "../../lib/search-excerpt";
import { searchInReadersWords, type SearchFn } from "../../lib/search-query";
import { searchRanking, type RankedPage } from "../../lib/search-ranking";
import { withBase } from "../../lib/site-paths";

/** What Pagefind returns for one page. */
interface PageData {
  url: string;
  content: string;
  meta: { title?: string; lesson?: string; search_terms?: string };
}

interface Pagefind {
  options: (options: object) => Promise<void>;
  search: SearchFn<PageData>;
}

const container = document.getElementById("search-results");
const status = document.querySelector<HTMLElement>("[data-search-status]");
const input = document.querySelector<HTMLInputElement>("#search-page-input");
const dangerPanel = document.getElementById("search-danger");
const nothingMatched = document.querySelector<HTMLTemplateElement>("[data-search-nothing]");
const base = container?.dataset["base"] ?? "/";
// Search runs, so the page's "search needs JavaScript" line no longer applies.
document.querySelector("[data-search-no-js]")?.remove();
const pageCount = Number(container?.dataset["pageCount"] ?? 0);
let pagefind: Promise<Pagefind> | undefined;
/** The latest search; an older one that finishes later is dropped, so only the newest query shows. */
let latestSearch = 0;

function loadPagefind(): Promise<Pagefind> {
  // Loaded on first use only; the URL is built at run time so the bundler leaves Pagefind's own file alone.
  pagefind ??= import(/* @vite-ignore */ withBase(base, "/pagefind/pagefind.js")).then(async (module: Pagefind) => {
    // baseUrl keeps result links right when the site is served from a sub-path.
    await module.options({ baseUrl: base, ranking: searchRanking });
    return module;
  });
  return pagefind;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderResult(result: RankedPage<PageData>, page: PageData): HTMLLIElement {
  const item = element("li", "search-result");
  const link = element("a", "search-result__title");
  link.href = page.url;
  const number = page.meta.lesson ? `Lesson ${page.meta.lesson}: ` : "";
  link.textContent = `${number}${page.meta.title ?? page.url}`;
  const excerpt = element("p", "search-result__excerpt");
  const parts = buildExcerpt({ content: page.content, matched: result.words, hidden: page.meta.search_terms, title: page.meta.title });
  for (const part of parts) excerpt.append(part.marked ? element("mark", undefined, part.text) : document.createTextNode(part.text));
  item.append(link, excerpt);
  return item;
}

/** The page's "nothing matched well" block (SearchResults.astro), naming the reader's words. */
function renderNothingMatched(query: string): Node[] {
  const block = nothingMatched?.content.cloneNode(true);
  if (!(block instanceof DocumentFragment)) return [];
  for (const slot of block.querySelectorAll("[data-search-query]")) slot.textContent = query;
  return [...block.childNodes];
}

async function run(query: string): Promise<void> {
  if (!container || !status) return;
  const search = ++latestSearch;
  const trimmed = query.trim();
  // Shown before the index loads, and even if it never does: the matcher needs no index.
  const danger = dangerIn(trimmed).length > 0;
  if (dangerPanel) dangerPanel.hidden = !danger;
  const helpFirst = danger ? "Emergency numbers are shown first. " : "";
  if (!trimmed) {
    container.replaceChildren();
    status.textContent = "";
    return;
  }
  status.textContent = "Searching…";
  try {
    const engine = await loadPagefind();
    const ranked = await searchInReadersWords((term) => engine.search(term), trimmed, pageCount);
    const shown = await Promise.all(ranked.map(async (result) => ({ result, page: await result.data() })));
    if (search !== latestSearch) return;
    if (shown.length === 0) {
      status.textContent = `${helpFirst}No results. Nothing matched “${trimmed}” well.`;
      container.replaceChildren(...renderNothingMatched(trimmed));
      return;
    }
    status.textContent = `${helpFirst}${shown.length} ${shown.length === 1 ? "result" : "results"} for “${trimmed}”.`;
    const list = element("ol");
    list.append(...shown.map(({ result, page }) => renderResult(result, page)));
    container.replaceChildren(list);
  } catch {
    if (search !== latestSearch) return;
    container.replaceChildren();
    status.textContent = `${helpFirst}Search could not load, so it can't look through the lessons right now. All the lessons are listed below.`;
  } finally {
    // The search page held the full lesson list back (see search.astro) until results were in.
    if (search === latestSearch) delete document.documentElement.dataset["searching"];
  }
}

function queryFromUrl(): string {
  return new URLSearchParams(location.search).get("q") ?? "";
}

if (input) {
  input.form?.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set("q", input.value);
    history.pushState(null, "", url);
    void run(input.value);
  });
  addEventListener("popstate", () => {
    input.value = queryFromUrl();
    void run(input.value);
  });
  input.value = queryFromUrl();
  void run(input.value);
}
