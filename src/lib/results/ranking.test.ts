import { describe, expect, it } from 'vitest';
import { rankByIndex, tierFor } from './ranking.ts';

const tiers = [
  { id: 'tot', label: 'Tốt', min: 80 },
  { id: 'kha', label: 'Khá', min: 65 },
  { id: 'trung-binh', label: 'Trung bình', min: 50 },
  { id: 'yeu', label: 'Yếu', min: 0 },
];

describe('rankByIndex', () => {
  it('shares ranks on equal indices and skips the next (1, 2, 2, 4)', () => {
    const ranked = rankByIndex([
      { name: 'Sở Y tế', index: 70 },
      { name: 'Sở Tư pháp', index: 90 },
      { name: 'Sở Nội vụ', index: 85 },
      { name: 'Sở Công Thương', index: 85 },
    ]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ['Sở Tư pháp', 1],
      ['Sở Công Thương', 2],
      ['Sở Nội vụ', 2],
      ['Sở Y tế', 4],
    ]);
  });
  it('lists equal indices in Vietnamese alphabetical order (Đ after D)', () => {
    const ranked = rankByIndex([
      { name: 'UBND phường Đoàn Kết', index: 80 },
      { name: 'UBND phường Dương Xá', index: 80 },
      { name: 'UBND phường Ân Thi', index: 80 },
    ]);
    expect(ranked.map((r) => r.name)).toEqual(['UBND phường Ân Thi', 'UBND phường Dương Xá', 'UBND phường Đoàn Kết']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 1]);
  });
});

describe('tierFor', () => {
  it('takes the first tier whose min is at or below the index', () => {
    expect(tierFor(80, tiers).id).toBe('tot');
    expect(tierFor(79.99, tiers).id).toBe('kha');
    expect(tierFor(65, tiers).id).toBe('kha');
    expect(tierFor(0, tiers).id).toBe('yeu');
  });
  it('fails when no tier starts at 0', () => {
    expect(() => tierFor(10, tiers.slice(0, 3))).toThrow(RangeError);
  });
});
