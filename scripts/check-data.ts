// Validates data/ (units, yearly results, national indices) exactly as the build does, and
// reports every problem at once. Usage: npm run check:data [-- path/to/data]
import { readFileSync } from 'node:fs';
import { parsePortalConfig, provincesInRanking } from '../src/lib/config/schema.ts';
import { formatDataProblems } from '../src/lib/results/validate.ts';
import { loadResultsFrom } from '../src/model/results-loader.ts';

const dir = process.argv[2] ?? 'data';
const config = parsePortalConfig(JSON.parse(readFileSync(process.argv[3] ?? 'portal.config.json', 'utf8')));
const { problems, model } = loadResultsFrom(dir, { provinces: (year) => provincesInRanking(config, year) });
if (!model) {
  console.error(formatDataProblems(problems));
  process.exit(1);
}
const results = model.years.reduce((n, y) => n + y.groups.reduce((m, g) => m + g.count, 0), 0);
console.log(
  `${dir}: OK — ${model.units.length} units, ${model.years.length} years (${model.years.map((y) => y.year).join(', ')}), ` +
    `${results} results, national indices: ${model.national.map((n) => n.name).join(', ') || 'none'}`,
);
