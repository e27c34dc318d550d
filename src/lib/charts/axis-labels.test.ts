import { describe, expect, it } from 'vitest';
import { separateLabels, textWidth, wrapText } from './axis-labels.ts';

const width = (text: string) => textWidth(text, 14);

describe('separateLabels', () => {
  it('keeps labels that have room where they are', () => {
    const labels = [
      { at: 100, text: '≥50' },
      { at: 200, text: '≥65' },
    ];
    expect(separateLabels(labels, width)).toEqual(labels);
  });

  it('writes close thresholds once, together, between them', () => {
    expect(
      separateLabels(
        [
          { at: 300, text: '≥90' },
          { at: 280, text: '≥80' },
          { at: 100, text: '≥50' },
        ],
        width,
      ),
    ).toEqual([
      { at: 100, text: '≥50' },
      { at: 290, text: '≥80, ≥90' },
    ]);
  });

  it('merges again when a merged label grows into its neighbour', () => {
    // The first two touch (26 units apart for labels 24 wide); merged, they reach the third.
    const merged = separateLabels(
      [
        { at: 0, text: '≥50' },
        { at: 26, text: '≥65' },
        { at: 52, text: '≥80' },
      ],
      width,
    );
    expect(merged).toEqual([{ at: 26, text: '≥50, ≥65, ≥80' }]);
  });

  it('leaves no two labels overlapping, whatever the positions', () => {
    const positions = [0, 3, 9, 40, 41, 80, 118, 119, 200];
    const placed = separateLabels(
      positions.map((at) => ({ at, text: `≥${at}` })),
      width,
    );
    for (let i = 1; i < placed.length; i++) {
      expect(placed[i].at - placed[i - 1].at).toBeGreaterThanOrEqual((width(placed[i].text) + width(placed[i - 1].text)) / 2 + 4);
    }
    expect(placed.flatMap((p) => p.text.split(', '))).toHaveLength(positions.length);
  });
});

describe('wrapText', () => {
  it('cuts a long name at spaces into lines that fit', () => {
    const lines = wrapText('Ban Quản lý các khu kinh tế và khu công nghiệp tỉnh', 160, 14);
    expect(lines.join(' ')).toBe('Ban Quản lý các khu kinh tế và khu công nghiệp tỉnh');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(160);
  });

  it('keeps a short name on one line', () => {
    expect(wrapText('Sở Nội vụ', 160, 14)).toEqual(['Sở Nội vụ']);
  });
});
