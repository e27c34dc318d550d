// Loaded with `node --import` where GNU time is missing: writes the process's peak resident
// memory (KB) when it exits, for the benchmark.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_PEAK_FILE) writeFileSync(process.env.BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS));
});
