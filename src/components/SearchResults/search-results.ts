import { dangerIn } from "../../lib/danger-phrases";
import { parseExcerpt } from "../../lib/search-excerpt";
import { searchInReadersWords, type SearchFn } from "../../lib/search-query";
import { searchRanking } from "../../lib/search-ranking";
import { withBase } from "../../lib/site-paths";

/** What Pagefind returns for one page. */
interface PageData {
  url: string;
  excerpt: string;
  meta: { title?: string; lesson?: string };
}

interface Pagefind {
  options: (options: object) => Promise<void>;
  search: SearchFn<PageData>;
}

const MAX_RESULTS = 8;
const container = document.getElementById("search-results");
const status = document.querySelector<HTMLElement>("[data-search-status]");
const input = document.querySelector<HTMLInputElement>("#search-page-input");
const dangerPanel = document.getElementById("search-danger");
const base = container?.dataset["base"] ?? "/";
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // Loaded on first use only; the URL is built at run time so the bundler leaves Pagefind's own file alone.
  pagefind ??= import(/* @vite-ignore */ withBase(base, "/pagefind/pagefind.js")).then(async (module: Pagefind) => {
    // baseUrl keeps result links right when the site is served from a sub-path.
    await module.options({ baseUrl: base, excerptLength: 24, ranking: searchRanking });
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

function renderResult(page: PageData): HTMLLIElement {
  const item = element("li", "search-result");
  const link = element("a", "search-result__title");
  link.href = page.url;
  const number = page.meta.lesson ? `Lesson ${page.meta.lesson}: ` : "";
  link.textContent = `${number}${page.meta.title ?? page.url}`;
  const excerpt = element("p", "search-result__excerpt");
  for (const part of parseExcerpt(page.excerpt)) {
    excerpt.append(part.marked ? element("mark", undefined, part.text) : document.createTextNode(part.text));
  }
  item.append(link, excerpt);
  return item;
}

function renderNoResults(query: string): HTMLElement {
  const help = element("div", "search-results__none");
  help.append(element("p", undefined, `No lesson covers “${query}” yet.`));
  const tips = element("ul");
  tips.append(
    element("li", undefined, "Try fewer or simpler words, such as “money”, “texting” or “children”."),
    element("li", undefined, "Check the spelling."),
  );
  const browse = element("li");
  const browseLink = element("a", undefined, "browse all the lessons");
  browseLink.href = "#all-lessons";
  browse.append("Or ", browseLink, ".");
  const helpItem = element("li");
  const helpLink = element("a", undefined, "the help page");
  helpLink.href = withBase(base, "/help/");
  helpItem.append("If you need someone to talk to, ", helpLink, " lists helplines.");
  tips.append(browse, helpItem);
  help.append(tips);
  return help;
}

async function run(query: string): Promise<void> {
  if (!container || !status) return;
  const trimmed = query.trim();
  container.replaceChildren();
  // Shown before the index loads, and even if it never does: the matcher needs no index.
  const danger = dangerIn(trimmed).length > 0;
  if (dangerPanel) dangerPanel.hidden = !danger;
  const helpFirst = danger ? "Emergency numbers are shown first. " : "";
  if (!trimmed) {
    status.textContent = "";
    return;
  }
  status.textContent = "Searching…";
  try {
    const engine = await loadPagefind();
    const ranked = await searchInReadersWords((words) => engine.search(words), trimmed);
    const pages = await Promise.all(ranked.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (pages.length === 0) {
      status.textContent = `${helpFirst}No results.`;
      container.append(renderNoResults(trimmed));
      return;
    }
    status.textContent = `${helpFirst}${pages.length} ${pages.length === 1 ? "result" : "results"} for “${trimmed}”.`;
    const list = element("ol");
    list.append(...pages.map(renderResult));
    container.append(list);
  } catch {
    status.textContent = `${helpFirst}Search could not load, so it can't look through the lessons right now. All the lessons are listed below.`;
  } finally {
    // The search page held the full lesson list back (see search.astro) until results were in.
    delete document.documentElement.dataset["searching"];
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
