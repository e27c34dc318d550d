/**
 * Tier colours: each has at least 3:1 contrast with white (WCAG 1.4.11 for graphics) and every
 * chart also writes the tier's label, so colour is never the only cue.
 */
const BY_ID: Record<string, string> = {
  'xuat-sac': '#4c2c92',
  tot: '#00703c',
  kha: '#1d70b8',
  'trung-binh': '#a35200',
  yeu: '#c0281b',
};
const BY_POSITION = ['#4c2c92', '#00703c', '#1d70b8', '#a35200', '#c0281b', '#505a5f'];

export function tierColor(tierId: string, position: number): string {
  return BY_ID[tierId] ?? BY_POSITION[position % BY_POSITION.length];
}
