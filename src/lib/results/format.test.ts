import { describe, expect, it } from 'vitest';
import {
  benchmarkTakeaway,
  nationalScoreText,
  percentDomain,
  rankChangeText,
  rankMoveText,
  rankPositions,
  signedFixed,
  tierBreakdown,
  tierScaleText,
  trendTakeaway,
} from './format.ts';

describe('results in words', () => {
  it('says how a rank changed', () => {
    expect([rankChangeText(7), rankChangeText(-3), rankChangeText(0)]).toEqual(['tăng 7 bậc', 'giảm 3 bậc', 'giữ nguyên thứ hạng']);
    expect([signedFixed(1.25), signedFixed(-0.5), signedFixed(0)]).toEqual(['+1,25', '−0,50', '0,00']);
  });
  it('writes a year’s tier scale on one line, in Vietnamese numbers', () => {
    expect(
      tierScaleText([
        { label: 'Xuất sắc', min: 90 },
        { label: 'Tốt', min: 80 },
        { label: 'Trung bình', min: 62.5 },
      ]),
    ).toBe('Xuất sắc từ 90%; Tốt từ 80%; Trung bình từ 62,5%');
  });
  it('lists the tiers that have units, in two styles', () => {
    const group = {
      count: 15,
      tiers: [
        { tier: { label: 'Tốt' }, count: 3, share: 20 },
        { tier: { label: 'Khá' }, count: 12, share: 80 },
        { tier: { label: 'Yếu' }, count: 0, share: 0 },
      ],
    };
    expect(tierBreakdown(group, 'short')).toBe('Tốt 3 (20%), Khá 12 (80%)');
    expect(tierBreakdown(group, 'long')).toBe('3/15 đơn vị xếp loại Tốt (20%), 12/15 đơn vị xếp loại Khá (80%)');
  });
  it('writes a national score out of 100 or out of another maximum', () => {
    expect(nationalScoreText({ score: 79.51 }, 'short')).toBe('79,51 điểm');
    expect(nationalScoreText({ score: 79.51 }, 'full')).toBe('79,51');
    expect(nationalScoreText({ score: 67.41, max: 97.5, percent: 69.14 }, 'short')).toBe('69,14%');
    expect(nationalScoreText({ score: 67.41, max: 97.5, percent: 69.14 }, 'full')).toBe('67,41/97,5 (69,14%)');
    expect(nationalScoreText({}, 'full')).toBeUndefined();
  });
  it('starts a percentage axis at the tens below the lowest value, less ten', () => {
    expect(percentDomain([74.02, 86.29])).toEqual([60, 100]);
    expect(percentDomain([5, 50])).toEqual([0, 100]);
  });
  it('writes both positions when the group had another size', () => {
    expect(rankMoveText({ rank: 12, rankChange: -1, comparedRank: { rank: 11, of: 15 } }, 20)).toBe('giảm 1 bậc: 11/15 → 12/20');
    expect(rankMoveText({ rank: 10, rankChange: 1, comparedRank: { rank: 11, of: 15 } }, 15)).toBe('tăng 1 bậc');
    expect(rankPositions({ rank: 12, comparedRank: { rank: 11, of: 15 } }, 20)).toBe(': 11/15 → 12/20');
    expect(rankPositions({ rank: 10, comparedRank: { rank: 11, of: 15 } }, 15)).toBe('');
    expect(rankMoveText({ rank: 3, rankChange: null, comparedRank: null }, 15)).toBeUndefined();
  });
  it('sums up a trend in one sentence, ranks counting down as they improve', () => {
    const index = [
      { year: 2014, value: 81.4 },
      { year: 2024, value: 92.35 },
      { year: 2025, value: 91.25 },
    ];
    expect(trendTakeaway(index)).toBe('Từ 2014 đến 2025, chỉ số tăng từ 81,40 lên 91,25; cao nhất 92,35 năm 2024.');
    const ranks = [
      { year: 2012, value: 59 },
      { year: 2013, value: 62 },
      { year: 2022, value: 24 },
    ];
    expect(trendTakeaway(ranks, { ranks: true })).toBe('Từ 2012 đến 2022, thứ hạng tăng từ hạng 59 lên hạng 24; tốt nhất hạng 24 năm 2022.');
    expect(
      trendTakeaway([
        { year: 2019, value: 70 },
        { year: 2020, value: 65 },
      ]),
    ).toBe('Từ 2019 đến 2020, chỉ số giảm từ 70,00 xuống 65,00; cao nhất 70,00 năm 2019.');
    expect(trendTakeaway([{ year: 2019, value: 70 }])).toBe('Năm 2019: 70,00.');
  });
  it('sets a unit beside its group’s average and best, and counts the years above average', () => {
    const years = [
      { year: 2022, index: 80, average: 81.5, best: 90 },
      { year: 2023, index: 84.25, average: 82.11, best: 91.6 },
    ];
    expect(benchmarkTakeaway(years)).toBe(
      'Năm 2023, chỉ số 84,25 cao hơn trung bình nhóm 82,11; cao nhất nhóm 91,60. Trên trung bình nhóm 1/2 năm có kết quả.',
    );
    expect(benchmarkTakeaway([{ year: 2023, index: 91.6, average: 82.11, best: 91.6 }])).toBe(
      'Năm 2023, chỉ số 91,60 cao hơn trung bình nhóm 82,11, và là cao nhất nhóm.',
    );
    expect(benchmarkTakeaway([{ year: 2023, index: 70, average: 70, best: 70 }])).toBe(
      'Năm 2023, chỉ số 70,00 bằng trung bình nhóm 70,00, và là cao nhất nhóm.',
    );
    expect(benchmarkTakeaway([])).toBe('');
  });
  it('says below the average, and counts a year at the average as not above it', () => {
    const years = [
      { year: 2021, index: 75, average: 75, best: 88 },
      { year: 2022, index: 79, average: 78, best: 88 },
      { year: 2023, index: 70.5, average: 80, best: 90 },
    ];
    expect(benchmarkTakeaway(years)).toBe(
      'Năm 2023, chỉ số 70,50 thấp hơn trung bình nhóm 80,00; cao nhất nhóm 90,00. Trên trung bình nhóm 1/3 năm có kết quả.',
    );
  });
  it('says when a series held its level, and names its best year among equals and dips', () => {
    const flat = [
      { year: 2019, value: 70 },
      { year: 2020, value: 75 },
      { year: 2021, value: 75 },
      { year: 2022, value: 70 },
    ];
    expect(trendTakeaway(flat)).toBe('Từ 2019 đến 2022, chỉ số giữ ở 70,00; cao nhất 75,00 năm 2020.');
    const ranks = [
      { year: 2019, value: 20 },
      { year: 2020, value: 30 },
      { year: 2021, value: 25 },
    ];
    expect(trendTakeaway(ranks, { ranks: true })).toBe('Từ 2019 đến 2021, thứ hạng giảm từ hạng 20 xuống hạng 25; tốt nhất hạng 20 năm 2019.');
    expect(trendTakeaway([])).toBe('');
  });
  it('says nothing of a move without an earlier rank to compare with', () => {
    expect(rankMoveText({ rank: 3, rankChange: 2, comparedRank: null }, 15)).toBeUndefined();
    expect(rankMoveText({ rank: 3, rankChange: null, comparedRank: { rank: 5, of: 15 } }, 15)).toBeUndefined();
  });
});
