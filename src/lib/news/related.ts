import { words } from '../vietnamese/text.ts';
import { compareNewestFirst } from './publishing.ts';

export interface RelatedCandidate {
  slug: string;
  title: string;
  date: Date;
  category: string;
  tags: readonly string[];
  /** Slugs the editor chose; they come first, in this order. */
  related?: readonly string[];
}

export interface RelatedOptions {
  count?: number;
  /**
   * A term shared by more articles than this is not used to find candidates (it would make
   * every article a candidate of every other); it still adds its small weight to candidates
   * found through rarer terms. Keeps the whole computation near-linear at 10,000 articles.
   */
  maxPostings?: number;
}

const TAG_WEIGHT = 2;
const TITLE_WEIGHT = 1;
const CATEGORY_BONUS = 0.5;

/** Syllables that carry no topic on their own; a title pair made of them is skipped. */
const STOP_SYLLABLES = new Set(
  (
    'và của các những một cho với trong tại theo về được là có đã đang sẽ này đó từ đến ' +
    'năm ngày tháng lần thứ việc về trên dưới sau trước khi để do bởi vào ra cùng nhau ' +
    'tỉnh huyện xã'
  ).split(' '),
);

/**
 * Significant terms of a title: pairs of adjacent syllables (Vietnamese words are mostly two
 * syllables: "cải cách", "chỉ số") without stop syllables, and numbers of 3+ digits (years,
 * document numbers).
 */
export function titleTerms(title: string): string[] {
  const syllables = words(title);
  const terms = new Set<string>();
  for (let i = 0; i < syllables.length; i++) {
    const current = syllables[i];
    if (/^\d{3,}$/.test(current)) terms.add(current);
    const next = syllables[i + 1];
    if (next && !STOP_SYLLABLES.has(current) && !STOP_SYLLABLES.has(next)) {
      terms.add(`${current} ${next}`);
    }
  }
  return [...terms];
}

const tagTerm = (tag: string) => `#${tag.normalize('NFC').trim().toLocaleLowerCase('vi')}`;

/**
 * "Tin liên quan" for every article at once: the editor's `related` first, then the others by
 * what they share (tags weighted by rarity, significant title words, same category), newest
 * first among equals, filled up with the category's newest articles.
 * Returns slug → related slugs. Explicit slugs that are not in `articles` (unpublished) are skipped.
 */
export function computeRelated(articles: readonly RelatedCandidate[], { count = 5, maxPostings = 300 }: RelatedOptions = {}): Map<string, string[]> {
  const n = articles.length;
  // Work in newest-first order so that index order is the recency tie-break.
  const order = [...articles].sort(compareNewestFirst);
  const position = new Map(order.map((article, i) => [article.slug, i]));

  // Terms become small integers; each article keeps its term ids with their weights.
  const termIds = new Map<string, number>();
  const postings: number[][] = [];
  const termsOf: Array<Map<number, number>> = [];
  order.forEach((article, i) => {
    const terms = new Map<number, number>();
    const add = (term: string, weight: number) => {
      let id = termIds.get(term);
      if (id === undefined) {
        termIds.set(term, (id = postings.length));
        postings.push([]);
      }
      if (!terms.has(id)) postings[id].push(i);
      terms.set(id, weight);
    };
    for (const tag of article.tags) add(tagTerm(tag), TAG_WEIGHT);
    for (const term of titleTerms(article.title)) add(term, TITLE_WEIGHT);
    termsOf.push(terms);
  });
  // Rarer terms weigh more: inverse document frequency.
  const idf = postings.map((list) => Math.log(1 + n / list.length));

  const byCategory = new Map<string, number[]>();
  order.forEach((article, i) => {
    let list = byCategory.get(article.category);
    if (!list) byCategory.set(article.category, (list = []));
    list.push(i);
  });

  const scores = new Float64Array(n);
  const result = new Map<string, string[]>();
  order.forEach((article, i) => {
    const chosen: number[] = [];
    const taken = new Set<number>([i]);
    const take = (j: number) => {
      if (chosen.length < count && !taken.has(j)) {
        taken.add(j);
        chosen.push(j);
      }
    };
    for (const slug of article.related ?? []) {
      const j = position.get(slug);
      if (j !== undefined) take(j);
    }

    // Accumulate scores along the postings of the article's rarer terms…
    const touched: number[] = [];
    const commonTerms: number[] = [];
    const commonGains: number[] = [];
    for (const [term, weight] of termsOf[i]) {
      const list = postings[term];
      if (list.length > maxPostings) {
        commonTerms.push(term);
        commonGains.push(weight * idf[term]);
        continue;
      }
      const gain = weight * idf[term];
      for (const j of list) {
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j] += gain;
      }
    }
    // …then add the common terms and the category to the candidates found that way, keeping
    // only the best few (a full sort of every candidate would dominate at 10,000 articles).
    const wanted = count - chosen.length;
    const best: Array<{ j: number; score: number }> = [];
    for (const j of touched) {
      let score = scores[j];
      scores[j] = 0;
      if (taken.has(j)) continue;
      const theirs = termsOf[j];
      for (let c = 0; c < commonTerms.length; c++) if (theirs.has(commonTerms[c])) score += commonGains[c];
      if (order[j].category === article.category) score += CATEGORY_BONUS;
      // Newest first among equals: a lower index is newer.
      let at = best.length;
      while (at > 0 && (best[at - 1].score < score || (best[at - 1].score === score && best[at - 1].j > j))) at--;
      if (at < wanted) {
        best.splice(at, 0, { j, score });
        if (best.length > wanted) best.pop();
      }
    }
    for (const { j } of best) take(j);

    // Too few shared terms: the category's newest (the site's newest are in "Tin mới nhất").
    for (const j of byCategory.get(article.category)!) {
      if (chosen.length === count) break;
      take(j);
    }

    result.set(
      article.slug,
      chosen.map((j) => order[j].slug),
    );
  });
  return result;
}
