// The /tim-kiem/ page: Vietnamese search over the pagefind index, loaded only on this page.
import { formatNumber } from '../../lib/vietnamese/numbers.ts';
import { mergeResults, queryVariants } from '../../lib/search/variants.ts';
import { archiveIndexPath, type YearCount } from '../../lib/search/index-split.ts';
import { BASE, urls } from '../../lib/urls.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, o?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResult[] }>;
}

/** Results to show, a page at a time. */
interface ResultSource {
  total: number;
  take(count: number): Promise<PagefindResult[]>;
}

const PAGE_SIZE = 10;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function fromList(list: PagefindResult[]): ResultSource {
  let next = 0;
  return { total: list.length, take: async (count) => list.slice(next, (next += count)) };
}

/**
 * "Mới nhất" over several d/đ variants: each list comes date-sorted from pagefind; they are
 * merged lazily, loading only the dates of the lists' heads, not every result's data.
 */
function newestFirst(lists: PagefindResult[][]): ResultSource {
  const found = lists.filter((l) => l.length > 0);
  if (found.length <= 1) return fromList(found[0] ?? []);
  const fullest = new Map(mergeResults(found).map((r) => [r.id, r]));
  const heads = found.map(() => 0);
  const emitted = new Set<string>();
  const dates = new Map<string, Promise<string>>();
  const dateOf = (r: PagefindResult) => {
    if (!dates.has(r.id))
      dates.set(
        r.id,
        r.data().then((d) => d.meta.datetime ?? ''),
      );
    return dates.get(r.id)!;
  };
  return {
    total: fullest.size,
    async take(count) {
      const out: PagefindResult[] = [];
      while (out.length < count) {
        found.forEach((list, i) => {
          while (heads[i] < list.length && emitted.has(list[heads[i]].id)) heads[i]++;
        });
        const live = found
          .map((list, i) => list[heads[i]])
          .map((r, i) => ({ r, i }))
          .filter((h) => h.r);
        if (live.length === 0) break;
        const withDates = await Promise.all(live.map(async (h) => ({ ...h, date: await dateOf(h.r) })));
        const newest = withDates.reduce((a, b) => (b.date > a.date ? b : a));
        emitted.add(newest.r.id);
        heads[newest.i]++;
        out.push(fullest.get(newest.r.id)!);
      }
      return out;
    },
  };
}

/** An element with text and children, built as nodes: text from the index is never parsed as HTML. */
function element(tag: string, attributes: Record<string, string>, ...children: Array<Node | string>) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * pagefind's excerpt is the page's text, escaped, with the matched words in <mark>: keep exactly
 * that (text and marks), whatever else the string might hold.
 */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  return [...parsed.childNodes].map((node) =>
    node.nodeName === 'MARK' ? element('mark', {}, node.textContent ?? '') : document.createTextNode(node.textContent ?? ''),
  );
}

function resultItem(item: ResultData) {
  const meta = [item.meta.kind, item.meta.number && `số ${item.meta.number}`, item.meta.date].filter(Boolean).join(' · ');
  return element(
    'li',
    {},
    element('h2', {}, element('a', { href: item.url }, item.meta.title ?? item.url)),
    ...(meta ? [element('p', { class: 'meta' }, meta)] : []),
    element('p', { class: 'excerpt' }, ...excerptNodes(item.excerpt)),
  );
}

export async function runSearchPage() {
  const form = $<HTMLFormElement>('search-form');
  const input = $<HTMLInputElement>('q');
  const status = $<HTMLParagraphElement>('search-status');
  const list = $<HTMLOListElement>('search-results');
  const empty = $<HTMLDivElement>('search-empty');
  const more = $<HTMLButtonElement>('search-more');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const sort = $<HTMLSelectElement>('f-sort');
  // Filters fold away on a phone (the results come first); a wide screen, or a link that
  // already narrows the search, shows them.
  const filters = $<HTMLDetailsElement>('search-filters');
  const narrowed = ['loai', 'chuyen-muc', 'nam', 'sap-xep'].some((name) => new URLSearchParams(location.search).get(name));
  if (narrowed || matchMedia('(min-width: 48rem)').matches) filters.open = true;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sap-xep') === 'moi-nhat' ? 'moi-nhat' : '';
  const header = document.getElementById('header-q') as HTMLInputElement | null;
  if (header) header.value = input.value;

  // Older years of news are indexes of their own (src/lib/search/index-split.ts), added to the
  // search when the reader asks for them or picks one of those years.
  const scope = document.getElementById('search-scope');
  const widen = document.getElementById('search-widen') as HTMLButtonElement | null;
  const archive = JSON.parse(form.dataset.archive ?? '[]') as YearCount[];
  // A year's index is added once, even if the reader starts another search meanwhile.
  const merging = new Map<number, Promise<void>>();
  const merged = new Set<number>();
  let allYears = params.get('tat-ca-nam') === '1';

  // Titles, document numbers and summaries are searched as metadata (the pages keep titles
  // and numbers out of the indexed text, so excerpts come from the text); a match there
  // ranks the page first. The other metadata is shown by each result but must not lift it.
  const indexOptions = {
    excerptLength: 30,
    // Results link under the site's sub-path (SPEC 9); the index itself knows only the root.
    baseUrl: BASE,
    ranking: { metaWeights: { number: 10, title: 6, summary: 3, kind: 0, date: 0, datetime: 0 } },
  };
  let pagefind: Pagefind;
  try {
    pagefind = await import(/* @vite-ignore */ `${urls.searchIndex}pagefind.js`);
    await pagefind.options(indexOptions);
  } catch {
    list.classList.remove('waiting');
    status.textContent = import.meta.env.DEV
      ? 'Xem trước (npm run dev): chưa có chỉ mục tìm kiếm. Chạy npm run build một lần rồi tải lại trang; khi xem trước, tìm kiếm dùng chỉ mục của lần dựng trang gần nhất.'
      : 'Chưa tải được chỉ mục tìm kiếm. Mời bạn xem theo danh mục bên dưới.';
    return;
  }
  if (import.meta.env.DEV) {
    // The dev server serves the last build's index (astro.config.mjs): say so, since drafts and
    // today's edits are not in it.
    const note = document.createElement('p');
    note.className = 'dev-note';
    note.textContent = 'Xem trước (npm run dev): kết quả lấy từ lần dựng trang gần nhất (npm run build), chưa có bản nháp và các thay đổi sau đó.';
    status.before(note);
  }

  // Filter choices come from the index itself, with how many pages each holds; a year of older
  // news adds the articles of its own index, counted when the site was built.
  const available = await pagefind.filters();
  const years = { ...available.year };
  for (const { year, count } of archive) years[year] = (years[year] ?? 0) + count;
  available.year = years;
  for (const select of selects) {
    const values = Object.entries(available[select.dataset.filter!] ?? {}).sort(([a], [b]) =>
      select.dataset.filter === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'vi'),
    );
    for (const [value, count] of values) select.add(new Option(`${value} (${formatNumber(count)})`, value));
    const wanted = params.get(select.name);
    if (wanted && values.some(([v]) => v === wanted)) select.value = wanted;
  }
  const yearSelect = selects.find((select) => select.dataset.filter === 'year');

  /**
   * Adds the indexes of older years this search needs: the chosen year's, or all of them. On a
   * failed download the search goes on without that year, and the offer stays to try again.
   */
  async function mergeNeeded() {
    const chosen = Number(yearSelect?.value);
    const needed = archive.filter(({ year }) => !merged.has(year) && (allYears || year === chosen));
    for (const { year } of needed) {
      if (!merging.has(year)) {
        merging.set(
          year,
          pagefind.mergeIndex(`${urls.searchIndex}${archiveIndexPath(year)}`, indexOptions).then(
            () => void merged.add(year),
            () => void merging.delete(year),
          ),
        );
      }
      await merging.get(year);
    }
    // The offer stands while older news is left out of the results.
    if (scope) scope.hidden = archive.every(({ year }) => merged.has(year) || (yearSelect?.value !== '' && String(year) !== yearSelect?.value));
  }

  let source: ResultSource = fromList([]);
  let shown = 0;
  let generation = 0;

  /** Appends the next page of results; gives up if a newer search has started meanwhile. */
  async function showMore(run: number) {
    const batch = await source.take(PAGE_SIZE);
    const items = await Promise.all(batch.map((r) => r.data()));
    if (run !== generation) return false;
    list.append(...items.map(resultItem));
    shown += items.length;
    more.hidden = shown >= source.total;
    return true;
  }

  async function run() {
    const run = ++generation;
    const query = input.value.trim();
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
    const url = new URL(location.href);
    url.search = new URLSearchParams(
      [['q', query], ...selects.map((s) => [s.name, s.value]), ['sap-xep', sort.value], ['tat-ca-nam', allYears ? '1' : '']].filter(([, v]) => v) as string[][],
    ).toString();
    history.replaceState(null, '', url);
    if (header) header.value = query;

    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      empty.hidden = more.hidden = true;
      if (scope) scope.hidden = true;
      return;
    }
    status.textContent = 'Đang tìm…';
    await mergeNeeded();
    if (run !== generation) return;
    const sortBy = sort.value === 'moi-nhat' ? { date: 'desc' as const } : undefined;
    const terms = query ? queryVariants(query) : [null];
    const searches = await Promise.all(terms.map((term) => pagefind.search(term, { filters, sort: sortBy })));
    if (run !== generation) return;
    const lists = searches.map((s) => s.results);
    source = sortBy ? newestFirst(lists) : fromList(mergeResults(lists));
    shown = 0;
    list.replaceChildren();
    const subject = query ? ` cho «${query}»` : '';
    if (source.total === 0) {
      list.classList.remove('waiting');
      status.textContent = `Không tìm thấy kết quả nào${subject}.`;
      empty.hidden = false;
      more.hidden = true;
      return;
    }
    empty.hidden = true;
    // Announced once the first results are on the page.
    const shownNow = await showMore(run);
    // The results now hold their own place (removing the reserve earlier lets the links below jump up and back).
    list.classList.remove('waiting');
    if (shownNow) status.textContent = `Tìm thấy ${formatNumber(source.total)} kết quả${subject}.`;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  for (const select of [...selects, sort]) select.addEventListener('change', () => void run());
  widen?.addEventListener('click', async () => {
    allYears = true;
    await run();
    // The button is gone: the reader goes on from the announced results.
    status.setAttribute('tabindex', '-1');
    status.focus();
  });
  more.addEventListener('click', async () => {
    const first = shown;
    if (await showMore(generation)) {
      // Focus the first new result, so keyboard and screen reader users continue from there.
      list.children[first]?.querySelector('a')?.focus();
    }
  });
  if (input.value || selects.some((s) => s.value)) await run();
}
