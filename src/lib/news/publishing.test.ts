import { describe, expect, it } from 'vitest';
import { compareNewestFirst, homeSelection, latestExcept, publishStatus } from './publishing.ts';

const now = new Date('2026-11-22T10:00:00Z');

describe('publishStatus', () => {
  it('publishes past and present articles', () => {
    expect(publishStatus({ date: new Date('2019-12-23T06:00:00Z') }, now)).toBe('published');
    expect(publishStatus({ date: now, draft: false }, now)).toBe('published');
  });
  it('holds back drafts and articles dated after the build', () => {
    expect(publishStatus({ draft: true, date: new Date('2019-12-23') }, now)).toBe('draft');
    expect(publishStatus({ draft: true, date: new Date(now.getTime() + 60_000) }, now)).toBe('draft');
    expect(publishStatus({ date: new Date(now.getTime() + 60_000) }, now)).toBe('scheduled');
  });
});

describe('news order and latest news', () => {
  const list = [
    { slug: 'b', date: new Date('2020-01-01') },
    { slug: 'c', date: new Date('2021-01-01') },
    { slug: 'a', date: new Date('2020-01-01') },
  ].sort(compareNewestFirst);
  it('sorts newest first, equal times by slug', () => {
    expect(list.map((a) => a.slug)).toEqual(['c', 'a', 'b']);
    const at = new Date('2020-01-01T08:00:00+07:00');
    expect(compareNewestFirst({ slug: 'a', date: at }, { slug: 'b', date: at })).toBe(-1);
    expect(compareNewestFirst({ slug: 'b', date: at }, { slug: 'a', date: at })).toBe(1);
    expect(compareNewestFirst({ slug: 'a', date: at }, { slug: 'a', date: at })).toBe(0);
    expect(compareNewestFirst({ slug: 'z', date: new Date(at.getTime() + 60_000) }, { slug: 'a', date: at })).toBeLessThan(0);
  });
  it('lists the newest articles without the current one', () => {
    expect(latestExcept(list, 'c', 2).map((a) => a.slug)).toEqual(['a', 'b']);
    expect(latestExcept(list, 'a', 2).map((a) => a.slug)).toEqual(['c', 'b']);
    expect(latestExcept(list, 'x', 5)).toHaveLength(3);
    expect(latestExcept(list, 'x', 2).map((a) => a.slug)).toEqual(['c', 'a']);
  });
});

describe('homeSelection', () => {
  const a = (slug: string, featured = false) => ({ slug, featured });
  it('leads with the featured articles, then lists the newest others once', () => {
    const list = [a('n1'), a('f1', true), a('n2'), a('f2', true), a('n3')];
    expect(homeSelection(list, { latest: 2 })).toEqual({ lead: a('f1', true), alsoFeatured: [a('f2', true)], latest: [a('n1'), a('n2')] });
  });
  it('leads with the newest article when none is featured, and takes at most three featured', () => {
    expect(homeSelection([a('n1'), a('n2')], { latest: 5 })).toEqual({ lead: a('n1'), alsoFeatured: [], latest: [a('n2')] });
    const many = ['f1', 'f2', 'f3', 'f4'].map((s) => a(s, true));
    expect(homeSelection(many, { latest: 5 }).alsoFeatured.map((x) => x.slug)).toEqual(['f2', 'f3']);
    expect(homeSelection([], { latest: 5 })).toEqual({ lead: undefined, alsoFeatured: [], latest: [] });
  });
  it('never lists a featured article again among the latest', () => {
    const list = [a('f2', true), a('n1'), a('f1', true), a('n2')];
    expect(homeSelection(list, { latest: 5 }).latest.map((x) => x.slug)).toEqual(['n1', 'n2']);
  });
});
