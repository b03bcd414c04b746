import { ElementError, EnhancedElement, defineElement } from "../shared/enhanced-element";
import { dangerIn } from "../../lib/danger-phrases";
import { buildExcerpt } from "../../lib/search-excerpt";
import { searchInReadersWords, type SearchFn } from "../../lib/search-query";
import { searchRanking, type RankedPage } from "../../lib/search-ranking";
import { withBase } from "../../lib/site-paths";
import { fill } from "../../i18n/catalogue";
import { searchResults } from "@ui-strings";

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

/** How one search ended, worded from the catalogue by `statusText`. */
type SearchOutcome =
  | { readonly code: "searching" }
  | { readonly code: "found"; readonly count: number; readonly query: string }
  | { readonly code: "nothing"; readonly query: string }
  | { readonly code: "unavailable" };

function outcomeText(outcome: SearchOutcome): string {
  switch (outcome.code) {
    case "searching":
      return searchResults.searching;
    case "found": {
      const plural = new Intl.PluralRules(document.documentElement.lang).select(outcome.count);
      return fill(plural === "one" ? searchResults.resultsOne : searchResults.resultsOther, { count: outcome.count, query: outcome.query });
    }
    case "nothing":
      return fill(searchResults.nothing, { query: outcome.query });
    case "unavailable":
      return searchResults.unavailable;
  }
}

/** The status line: when the danger panel shows, it says so first. */
function statusText(outcome: SearchOutcome, danger: boolean): string {
  return danger && outcome.code !== "searching" ? `${searchResults.dangerFirst} ${outcomeText(outcome)}` : outcomeText(outcome);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderResult(result: RankedPage<PageData>, page: PageData): HTMLLIElement {
  const item = element("li", "search-result");
  const title = page.meta.title ?? page.url;
  const link = element("a", "search-result__title", page.meta.lesson ? fill(searchResults.resultTitle, { number: page.meta.lesson, title }) : title);
  link.href = page.url;
  const excerpt = element("p", "search-result__excerpt");
  const parts = buildExcerpt({ content: page.content, matched: result.words, hidden: page.meta.search_terms, title: page.meta.title });
  for (const part of parts) excerpt.append(part.marked ? element("mark", undefined, part.text) : document.createTextNode(part.text));
  item.append(link, excerpt);
  return item;
}

/** The parts of the element a search fills. */
interface SearchParts {
  results: HTMLElement;
  status: HTMLElement;
  danger: HTMLElement;
  /** The "nothing matched well" block, with a `[data-search-nothing-heading]` for the reader's words. */
  nothing: HTMLTemplateElement;
}

const nothingHeading = "[data-search-nothing-heading]";

function queryFromUrl(): string {
  return new URLSearchParams(location.search).get("q") ?? "";
}

/**
 * <nc-search-results>: searches the lessons in the reader's words and renders the results, kept thin: it
 * loads Pagefind on first use, drops an older search that finishes after a newer one, and leaves the
 * matching and ranking to src/lib.
 */
class SearchResults extends EnhancedElement {
  private pagefind: Promise<Pagefind> | undefined;
  /** The latest search; an older one that finishes later is dropped, so only the newest query shows. */
  private latestSearch = 0;

  protected enhance(): void {
    const input = this.find<HTMLInputElement>("input[name=q]");
    const form = this.find<HTMLFormElement>("form");
    // Check every part now, so missing markup fails here rather than at the first search.
    const parts: SearchParts = {
      results: this.find("#search-results"),
      status: this.find("[data-search-status]"),
      danger: this.find("#search-danger"),
      nothing: this.find<HTMLTemplateElement>("template[data-search-nothing]"),
    };
    if (!parts.nothing.content.querySelector(nothingHeading)) throw new ElementError(this.localName, `template ${nothingHeading}`);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const url = new URL(location.href);
      url.searchParams.set("q", input.value);
      history.pushState(null, "", url);
      void this.run(input.value, parts);
    });
    addEventListener("popstate", () => {
      input.value = queryFromUrl();
      void this.run(input.value, parts);
    });
    input.value = queryFromUrl();
    // The full list waits while the first results load (see SearchResults.astro).
    if (input.value.trim()) this.toggleAttribute("data-searching", true);
    void this.run(input.value, parts);
  }

  private loadPagefind(): Promise<Pagefind> {
    const base = this.dataset["base"] ?? "/";
    // Loaded on first use only; the URL is built at run time so the bundler leaves Pagefind's own file alone.
    this.pagefind ??= import(/* @vite-ignore */ withBase(base, "/pagefind/pagefind.js")).then(async (module: Pagefind) => {
      // baseUrl keeps result links right when the site is served from a sub-path.
      await module.options({ baseUrl: base, ranking: searchRanking });
      return module;
    });
    return this.pagefind;
  }

  /** The "nothing matched well" block (SearchResults.astro), naming the reader's words as text. */
  private nothingMatched(template: HTMLTemplateElement, query: string): Node[] {
    const block = template.content.cloneNode(true) as DocumentFragment;
    for (const heading of block.querySelectorAll(nothingHeading)) heading.textContent = fill(searchResults.nothingHeading, { query });
    return [...block.childNodes];
  }

  private async run(query: string, parts: SearchParts): Promise<void> {
    const search = ++this.latestSearch;
    const trimmed = query.trim();
    // Shown before the index loads, and even if it never does: the matcher needs no index.
    const danger = dangerIn(trimmed).length > 0;
    parts.danger.hidden = !danger;
    const show = (outcome: SearchOutcome) => (parts.status.textContent = statusText(outcome, danger));
    if (!trimmed) {
      parts.results.replaceChildren();
      parts.status.textContent = "";
      return;
    }
    show({ code: "searching" });
    try {
      const engine = await this.loadPagefind();
      const pageCount = Number(this.dataset["pageCount"] ?? 0);
      const ranked = await searchInReadersWords((term) => engine.search(term), trimmed, pageCount);
      const shown = await Promise.all(ranked.map(async (result) => ({ result, page: await result.data() })));
      if (search !== this.latestSearch) return;
      if (shown.length === 0) {
        show({ code: "nothing", query: trimmed });
        parts.results.replaceChildren(...this.nothingMatched(parts.nothing, trimmed));
        return;
      }
      show({ code: "found", count: shown.length, query: trimmed });
      const list = element("ol");
      list.append(...shown.map(({ result, page }) => renderResult(result, page)));
      parts.results.replaceChildren(list);
    } catch {
      if (search !== this.latestSearch) return;
      parts.results.replaceChildren();
      show({ code: "unavailable" });
    } finally {
      if (search === this.latestSearch) this.removeAttribute("data-searching");
    }
  }
}

defineElement("nc-search-results", SearchResults);
