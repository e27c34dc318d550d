// Proves a refactor: compares two built sites file by file, with what a refactor may change
// without a reader seeing it normalised away (Astro's file hashes, scoped-style ids and the order
// of scoped styles, the CSP hashes that follow from them). Prints the files that differ and the first differing line.
// Usage: node tools/compare-dist.mjs <dist before> <dist after>
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('Usage: node tools/compare-dist.mjs <dist before> <dist after>');
  process.exit(2);
}

const TEXT = /\.(html|xml|css|js|mjs|json|txt|svg|csv|yml)$|_headers$/;

/** A path or a text with the build's incidental names replaced by placeholders. */
const normalise = (text) =>
  text
    .replace(/(_astro\/[^"'\s/)]*?)[.-][A-Za-z0-9_-]{8}(\.[a-z0-9]+)/g, '$1.HASH$2')
    .replace(/astro-[a-z0-9]{8}\b/g, 'astro-CID')
    .replace(/data-astro-cid-[a-z0-9]+/g, 'data-astro-cid')
    .replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-HASH'")
    .replace(/(pagefind\/[^"'\s]*?)[._-][a-f0-9]{10,}/g, '$1.HASH');

function files(root, dir = root) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(root, join(dir, entry.name)) : [relative(root, join(dir, entry.name))],
  );
}

function byName(root) {
  const map = new Map();
  for (const file of files(root)) {
    const name = normalise(file);
    map.set(name, [...(map.get(name) ?? []), file]);
  }
  return map;
}

/**
 * A page's inline styles as one sorted list of rules: Astro orders components' scoped styles by
 * their ids, which change with the components' code; scoped rules never apply to each other's
 * elements, so their order does not change what a reader sees.
 */
function sortStyles(html) {
  const rules = [];
  const rest = html.replace(/<style>([\s\S]*?)<\/style>/g, (_, css) => {
    rules.push(...(css.match(/[^{}]+\{[^{}]*\}/g) ?? [css]).map((rule) => rule.trim()));
    return '<style></style>';
  });
  return `${rest}\n${rules.sort().join('\n')}`;
}

function read(root, file) {
  if (!TEXT.test(file)) return readFileSync(join(root, file)).toString('base64');
  const text = normalise(readFileSync(join(root, file), 'utf8'));
  return file.endsWith('.html') ? sortStyles(text) : text;
}

const left = byName(before);
const right = byName(after);
const differences = [];
for (const name of new Set([...left.keys(), ...right.keys()])) {
  const a = left.get(name);
  const b = right.get(name);
  if (!a) differences.push(`only after: ${name}`);
  else if (!b) differences.push(`only before: ${name}`);
  else {
    const textsA = a.map((f) => read(before, f)).sort();
    const textsB = b.map((f) => read(after, f)).sort();
    if (textsA.join('\0') === textsB.join('\0')) continue;
    const linesA = textsA.join('\n').split(/(?<=>)|\n/);
    const linesB = textsB.join('\n').split(/(?<=>)|\n/);
    const at = linesA.findIndex((line, i) => line !== linesB[i]);
    differences.push(`differs: ${name}\n  before: ${(linesA[at] ?? '').slice(0, 300)}\n  after:  ${(linesB[at] ?? '').slice(0, 300)}`);
  }
}
console.log(differences.length === 0 ? `Same site: ${left.size} files.` : `${differences.length} files differ:\n${differences.join('\n')}`);
process.exit(differences.length === 0 ? 0 : 1);
