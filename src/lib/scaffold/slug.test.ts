import { describe, expect, it } from 'vitest';
import { createUnique, cutSlug, MAX_SLUG_LENGTH, slugCandidate, slugFromTitle, type CreateOutcome } from './slug.ts';

describe('slugFromTitle', () => {
  it('writes a Vietnamese title in ASCII: đ → d, tones dropped, words joined by hyphens', () => {
    expect(slugFromTitle('Đẩy mạnh cải cách hành chính năm 2027')).toBe('day-manh-cai-cach-hanh-chinh-nam-2027');
    expect(slugFromTitle('  PAR INDEX 2022: Lai Châu tăng 3 bậc!  ')).toBe('par-index-2022-lai-chau-tang-3-bac');
    // Decomposed input (as some keyboards type it) gives the same slug.
    expect(slugFromTitle('Đẩy mạnh cải cách'.normalize('NFD'))).toBe('day-manh-cai-cach');
  });

  it('cuts a long title at a word boundary, within the limit', () => {
    const title = 'Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính giai đoạn 2021 đến 2030 và triển khai nhiệm vụ trọng tâm';
    const full = slugFromTitle(title, 'bai-viet', 1000);
    const slug = slugFromTitle(title);
    expect(full.length).toBeGreaterThan(MAX_SLUG_LENGTH);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.length).toBeGreaterThan(MAX_SLUG_LENGTH - 15);
    // A prefix of the full slug that ends where a word ends.
    expect(full.startsWith(`${slug}-`)).toBe(true);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('keeps a hyphen right after the limit as a boundary, and cuts a single overlong word', () => {
    expect(cutSlug('abc-def', 3)).toBe('abc');
    expect(cutSlug('abcdef-gh', 4)).toBe('abcd');
    expect(cutSlug('ab-cd', 5)).toBe('ab-cd');
  });

  it('is never empty and never all digits (an all-digit address is a page number)', () => {
    expect(slugFromTitle('2027')).toBe('bai-viet-2027');
    expect(slugFromTitle('2027 — 2030')).toBe('2027-2030');
    expect(slugFromTitle('!!!')).toBe('bai-viet');
    expect(slugFromTitle('')).toBe('bai-viet');
  });
});

describe('createUnique', () => {
  const attempt =
    (taken: Set<string>, tried: string[]) =>
    (candidate: string): CreateOutcome => {
      tried.push(candidate);
      if (taken.has(candidate)) return 'exists';
      taken.add(candidate);
      return 'created';
    };

  it('uses the slug itself when it is free', () => {
    const tried: string[] = [];
    expect(createUnique('tin-moi', attempt(new Set(), tried))).toBe('tin-moi');
    expect(tried).toEqual(['tin-moi']);
  });

  it('adds -2, -3, … when the name is taken, never reusing a taken one', () => {
    const taken = new Set(['tin-moi', 'tin-moi-2']);
    const tried: string[] = [];
    expect(createUnique('tin-moi', attempt(taken, tried))).toBe('tin-moi-3');
    expect(tried).toEqual(['tin-moi', 'tin-moi-2', 'tin-moi-3']);
    expect(createUnique('tin-moi', attempt(taken, []))).toBe('tin-moi-4');
  });

  it('numbers candidates from 2', () => {
    expect(slugCandidate('a', 1)).toBe('a');
    expect(slugCandidate('a', 2)).toBe('a-2');
  });

  it('gives up rather than loop forever', () => {
    expect(() => createUnique('a', () => 'exists', 5)).toThrow();
  });
});
