import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../lib/config/schema.ts';
import { tierColor } from './tier-colors.ts';

describe('tier colours', () => {
  it('stand out from the page (3:1 with white, WCAG 1.4.11) and carry white text on them (4.5:1)', () => {
    for (const [i, id] of ['xuat-sac', 'tot', 'kha', 'trung-binh', 'yeu', 'khac', 'khac-nua'].entries()) {
      const colour = tierColor(id, i);
      expect(contrastRatio(colour, '#ffffff'), `${id} ${colour}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
