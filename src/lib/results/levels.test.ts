import { describe, expect, it } from 'vitest';
import { LEVEL_LABELS } from './levels.ts';
import { unitSchema } from './schema.ts';

describe('LEVEL_LABELS', () => {
  it('names every level a unit may have, as readers know it', () => {
    const levels = unitSchema.shape.level.options;
    expect(Object.keys(LEVEL_LABELS).sort()).toEqual([...levels].sort());
    expect(LEVEL_LABELS).toEqual({ so: 'Sở, ban, ngành tỉnh', huyen: 'Cấp huyện', xa: 'Cấp xã' });
  });
});
