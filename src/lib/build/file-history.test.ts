import { describe, expect, it } from 'vitest';
import { parseFileHistory, updatedAfter } from './file-history.ts';

describe('parseFileHistory', () => {
  it('takes each file’s newest commit time from a log listed newest first', () => {
    const log = [
      '\x1e2026-11-20T15:00:00+07:00\n\nsrc/content/news/a.mdx\n',
      '\x1e2026-11-02T09:00:00+07:00\n\nsrc/content/news/a.mdx\nsrc/content/documents/b.mdx\n',
      '\x1e2026-10-01T08:00:00+07:00\n\nsrc/content/news/c.mdx\n',
    ].join('');
    const history = parseFileHistory(log);
    expect(history.get('src/content/news/a.mdx')?.toISOString()).toBe('2026-11-20T08:00:00.000Z');
    expect(history.get('src/content/documents/b.mdx')?.toISOString()).toBe('2026-11-02T02:00:00.000Z');
    expect(history.get('src/content/news/c.mdx')?.toISOString()).toBe('2026-10-01T01:00:00.000Z');
    expect(history.size).toBe(3);
  });

  it('gives nothing for an empty history (no git, or no commit yet)', () => {
    expect(parseFileHistory('').size).toBe(0);
    expect(parseFileHistory('fatal: not a git repository').size).toBe(0);
  });
});

describe('updatedAfter', () => {
  const posted = new Date('2026-11-02T09:00:00+07:00');

  it('is the change when it falls on a later day in Vietnam', () => {
    const changed = new Date('2026-11-03T00:30:00+07:00');
    expect(updatedAfter(posted, changed)).toBe(changed);
    // A document is posted by its day of issue.
    expect(updatedAfter('2026-11-02', changed)).toBe(changed);
  });

  it('is nothing on the posting day (UTC’s day may differ), before it (scheduled), or without history', () => {
    expect(updatedAfter(posted, new Date('2026-11-02T23:30:00+07:00'))).toBeUndefined();
    expect(updatedAfter(posted, new Date('2026-11-01T12:00:00+07:00'))).toBeUndefined();
    expect(updatedAfter(posted, undefined)).toBeUndefined();
  });
});
