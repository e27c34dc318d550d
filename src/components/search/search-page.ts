// The /tim-kiem/ page: Vietnamese search over the pagefind index, loaded only on this page.
import { formatNumber } from '../../lib/vietnamese/numbers';
import { mergeResults, queryVariants } from '../../lib/search/variants';

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, o?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResult[] }>;
}

const PAGE_SIZE = 10;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Result order for "Mới nhất": merges the variants' date-sorted lists, loading only what it shows. */
async function newestFirst(lists: PagefindResult[][]) {
  const found = lists.filter((l) => l.length > 0);
  if (found.length <= 1) return found[0] ?? []; // pagefind has sorted it already
  const dated = await Promise.all(mergeResults(lists).map(async (r) => ({ r, date: (await r.data()).meta.datetime ?? '' })));
  return dated.sort((a, b) => b.date.localeCompare(a.date)).map((d) => d.r);
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
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
  form.hidden = false;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sap-xep') === 'moi-nhat' ? 'moi-nhat' : '';
  const header = document.getElementById('header-q') as HTMLInputElement | null;
  if (header) header.value = input.value;

  let pagefind: Pagefind;
  try {
    pagefind = await import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`);
    await pagefind.options({ excerptLength: 30 });
  } catch {
    status.textContent = 'Chưa tải được chỉ mục tìm kiếm. Mời bạn xem theo danh mục bên dưới.';
    return;
  }

  // Filter choices come from the index itself, with how many pages each holds.
  const available = await pagefind.filters();
  for (const select of selects) {
    const values = Object.entries(available[select.dataset.filter!] ?? {}).sort(([a], [b]) =>
      select.dataset.filter === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'vi'),
    );
    for (const [value, count] of values) select.add(new Option(`${value} (${formatNumber(count)})`, value));
    const wanted = params.get(select.name);
    if (wanted && values.some(([v]) => v === wanted)) select.value = wanted;
  }

  let results: PagefindResult[] = [];
  let shown = 0;
  let generation = 0;

  async function showMore() {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const items = await Promise.all(batch.map((r) => r.data()));
    for (const item of items) {
      const li = document.createElement('li');
      const meta = [item.meta.kind, item.meta.date].filter(Boolean).map((m) => escapeHtml(m!)).join(' · ');
      // The excerpt is pagefind's: page text already escaped, matched words in <mark>.
      li.innerHTML = `<h2><a href="${escapeHtml(item.url)}">${escapeHtml(item.meta.title ?? item.url)}</a></h2>${meta ? `<p class="meta">${meta}</p>` : ''}<p class="excerpt">${item.excerpt}</p>`;
      list.append(li);
    }
    shown += batch.length;
    more.hidden = shown >= results.length;
  }

  async function run() {
    const run = ++generation;
    const query = input.value.trim();
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
    const url = new URL(location.href);
    url.search = new URLSearchParams(
      [['q', query], ...selects.map((s) => [s.name, s.value]), ['sap-xep', sort.value]].filter(([, v]) => v) as string[][],
    ).toString();
    history.replaceState(null, '', url);
    if (header) header.value = query;

    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      empty.hidden = more.hidden = true;
      return;
    }
    status.textContent = 'Đang tìm…';
    const sortBy = sort.value === 'moi-nhat' ? { date: 'desc' as const } : undefined;
    const terms = query ? queryVariants(query) : [null];
    const searches = await Promise.all(terms.map((term) => pagefind.search(term, { filters, sort: sortBy })));
    const lists = searches.map((s) => s.results);
    const ordered = sortBy ? await newestFirst(lists) : mergeResults(lists);
    if (run !== generation) return; // a newer search has started

    results = ordered;
    shown = 0;
    list.replaceChildren();
    const subject = query ? ` cho «${query}»` : '';
    if (results.length === 0) {
      status.textContent = `Không tìm thấy kết quả nào${subject}.`;
      empty.hidden = false;
      more.hidden = true;
      return;
    }
    empty.hidden = true;
    await showMore();
    // Announced once the first results are on the page.
    status.textContent = `Tìm thấy ${formatNumber(results.length)} kết quả${subject}.`;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  for (const select of [...selects, sort]) select.addEventListener('change', () => void run());
  more.addEventListener('click', async () => {
    const first = shown;
    await showMore();
    // Move focus to the first new result, so keyboard and screen reader users continue there.
    list.children[first]?.querySelector('a')?.focus();
  });
  if (input.value || selects.some((s) => s.value)) await run();
}
