import { describe, expect, it } from 'vitest';
import { computeRelated, titleTerms, type RelatedCandidate } from './related.ts';

let day = 0;
function article(slug: string, fields: Partial<RelatedCandidate> = {}): RelatedCandidate {
  day += 1;
  return {
    slug,
    title: fields.title ?? `Bài ${slug}`,
    date: fields.date ?? new Date(Date.UTC(2020, 0, day)),
    category: fields.category ?? 'tin-tuc',
    tags: fields.tags ?? [],
    related: fields.related,
  };
}

describe('titleTerms', () => {
  it('keeps adjacent syllable pairs without stop syllables, and long numbers', () => {
    const terms = titleTerms('Công bố Chỉ số cải cách hành chính năm 2019 của tỉnh');
    expect(terms).toContain('chỉ số');
    expect(terms).toContain('cải cách');
    expect(terms).toContain('2019');
    expect(terms).not.toContain('năm 2019');
    expect(terms).not.toContain('của tỉnh');
  });
});

describe('titleTerms, numbers', () => {
  it('keeps a number only when the whole syllable is one of 3 or more digits', () => {
    const terms = titleTerms('Kế hoạch 2993 và v2019 với 2020kh, 19 đơn vị');
    expect(terms).toContain('2993');
    expect(terms).not.toContain('v2019');
    expect(terms).not.toContain('2020kh');
    expect(terms).not.toContain('19');
  });
});

describe('computeRelated', () => {
  it('never lists more than the count, the editor’s choices included', () => {
    const articles = [article('a', { related: ['b', 'c', 'd'] }), article('b'), article('c'), article('d')];
    expect(computeRelated(articles, { count: 2 }).get('a')).toEqual(['b', 'c']);
  });

  it('matches tags whatever their case and spacing', () => {
    const articles = [
      article('a', { tags: [' Một cửa '], category: 'x' }),
      article('b', { tags: ['một cửa'], category: 'y' }),
      article('c', { tags: ['khác'], category: 'z' }),
    ];
    expect(computeRelated(articles, { count: 1 }).get('a')).toEqual(['b']);
  });

  it('puts the editor’s related articles first, in their order', () => {
    const articles = [article('a', { tags: ['PAR INDEX'], related: ['d', 'c'] }), article('b', { tags: ['PAR INDEX'] }), article('c'), article('d')];
    expect(computeRelated(articles).get('a')!.slice(0, 3)).toEqual(['d', 'c', 'b']);
  });

  it('skips explicit slugs that are not published and never lists the article itself', () => {
    const articles = [article('a', { related: ['gone', 'a'], category: 'x' }), article('b', { category: 'y' })];
    expect(computeRelated(articles).get('a')).toEqual([]);
  });

  it('ranks a shared rare tag above a shared common tag', () => {
    const common = 'Cải cách hành chính';
    const articles = [
      article('target', { tags: [common, 'SIPAS'], category: 'x' }),
      article('shares-common', { tags: [common], category: 'y' }),
      article('shares-rare', { tags: ['SIPAS'], category: 'y' }),
      article('other-1', { tags: [common], category: 'z' }),
      article('other-2', { tags: [common], category: 'z' }),
    ];
    const related = computeRelated(articles).get('target')!;
    expect(related[0]).toBe('shares-rare');
  });

  it('counts significant title words and the category', () => {
    const articles = [
      article('target', { title: 'Công bố Chỉ số hài lòng SIPAS năm 2022', category: 'ket-qua' }),
      // Both share the same title words with the target ("chỉ số", "hài lòng"); only the
      // category tells them apart, and it outweighs the other one being newer.
      article('title-and-category', { title: 'Kết quả Chỉ số hài lòng của người dân', category: 'ket-qua', date: new Date('2019-01-01') }),
      article('title-only', { title: 'Khảo sát Chỉ số hài lòng của tổ chức', category: 'su-kien', date: new Date('2023-01-01') }),
      article('category-only', { title: 'Hội nghị giao ban quý III', category: 'ket-qua' }),
      article('nothing', { title: 'Tập huấn chuyển đổi số', category: 'su-kien' }),
    ];
    expect(computeRelated(articles).get('target')).toEqual(['title-and-category', 'title-only', 'category-only']);
  });

  it('breaks ties by recency, newest first', () => {
    const articles = [
      article('target', { tags: ['PAPI'] }),
      article('older', { tags: ['PAPI'], date: new Date('2019-01-01') }),
      article('newer', { tags: ['PAPI'], date: new Date('2023-01-01') }),
    ];
    expect(computeRelated(articles).get('target')).toEqual(['newer', 'older']);
  });

  it('fills up with the category’s newest articles, never beyond the count', () => {
    const articles = [
      article('target', { category: 'c' }),
      ...Array.from({ length: 8 }, (_, i) => article(`c${i}`, { category: 'c', date: new Date(Date.UTC(2021, 0, i + 1)) })),
      article('elsewhere', { category: 'd' }),
    ];
    const related = computeRelated(articles, { count: 5 }).get('target')!;
    expect(related).toEqual(['c7', 'c6', 'c5', 'c4', 'c3']);
  });

  it('still scores a very common term on candidates found through rarer ones', () => {
    const everywhere = 'Cải cách hành chính';
    const articles = [
      article('target', { tags: [everywhere, 'Một cửa'], category: 'a' }),
      article('rare-only', { tags: ['Một cửa'], category: 'b', date: new Date('2030-01-01') }),
      article('rare-and-common', { tags: ['Một cửa', everywhere], category: 'b', date: new Date('2000-01-01') }),
      ...Array.from({ length: 10 }, (_, i) => article(`filler${i}`, { tags: [everywhere], category: 'b' })),
    ];
    const related = computeRelated(articles, { maxPostings: 5 }).get('target')!;
    expect(related.slice(0, 2)).toEqual(['rare-and-common', 'rare-only']);
  });

  it('handles 10,000 articles in one pass', () => {
    const tags = Array.from({ length: 400 }, (_, i) => `tag ${i}`);
    const many = Array.from({ length: 10_000 }, (_, i) =>
      article(`bai-${i}`, {
        title: `Tin số ${i} về chủ đề ${i % 97} và lĩnh vực ${i % 31}`,
        category: `c${i % 6}`,
        tags: [tags[i % 400], tags[(i * 7) % 400], 'Cải cách hành chính'],
      }),
    );
    const result = computeRelated(many);
    expect(result.size).toBe(10_000);
    for (const list of result.values()) expect(list.length).toBe(5);
    // bai-0's rarest tag, "tag 0", is shared only by bai-400, bai-800, …: they outrank the
    // articles that merely share title words with it.
    for (const slug of result.get('bai-0')!) expect(Number(slug.slice(4)) % 400).toBe(0);
  }, 30_000);
});
