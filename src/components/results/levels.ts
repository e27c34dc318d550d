import type { Level } from '../../lib/results/types';

export const LEVEL_LABELS: Record<Level, string> = {
  so: 'Sở, ban, ngành tỉnh',
  huyen: 'Cấp huyện',
  xa: 'Cấp xã',
};
