import type { Level } from './types.ts';

/** The levels as readers know them. */
export const LEVEL_LABELS: Record<Level, string> = {
  so: 'Sở, ban, ngành tỉnh',
  huyen: 'Cấp huyện',
  xa: 'Cấp xã',
};
