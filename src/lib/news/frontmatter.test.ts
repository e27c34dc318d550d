import { describe, expect, it } from 'vitest';
import { rawFrontmatterField } from './frontmatter';

const file = (front: string) => `---\n${front}\n---\n\nBody date: 1999-01-01\n`;

describe('rawFrontmatterField', () => {
  it('returns the text as written, without quotes or comments', () => {
    expect(rawFrontmatterField(file('title: x\ndate: 2019-12-23T13:05:00'), 'date')).toBe('2019-12-23T13:05:00');
    expect(rawFrontmatterField(file("date: '2019-12-23'"), 'date')).toBe('2019-12-23');
    expect(rawFrontmatterField(file('date: 2019-12-23 # giờ Việt Nam'), 'date')).toBe('2019-12-23');
  });
  it('reads only the frontmatter and only top-level keys', () => {
    expect(rawFrontmatterField(file('title: x\nmeta:\n  date: 2000-01-01'), 'date')).toBeUndefined();
    expect(rawFrontmatterField('no frontmatter\ndate: 2019-01-01', 'date')).toBeUndefined();
  });
  it('copes with Windows line ends and a byte-order mark', () => {
    expect(rawFrontmatterField('\uFEFF---\r\ndate: 2020-05-27\r\n---\r\n', 'date')).toBe('2020-05-27');
  });
});
