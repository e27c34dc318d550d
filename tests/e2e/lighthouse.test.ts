import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { describe, expect, inject, it } from 'vitest';
import { CHROMIUM, withoutChromium } from '../support/browser.ts';

const baseUrl = inject('baseUrl');

/** The pages a reader lands on most; Lighthouse's mobile profile (slow 4G, mid-range phone). */
const PAGES = {
  'trang chủ': '/',
  'bài viết': '/tin-tuc/par-index-2022-lai-chau-dat-86-29-diem-xep-thu-24-63/',
  'một năm': '/chi-so-cchc/2019/',
  'tìm kiếm': `/tim-kiem/?q=${encodeURIComponent('chỉ số')}`,
};
const MINIMUM = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

/** One Lighthouse run: each category's score out of 100, and the audits that cost points. */
async function audit(url: string, port: number) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(MINIMUM) });
  const { categories, audits } = result!.lhr;
  const scores: Record<string, number> = {};
  const failing: Record<string, string[]> = {};
  for (const id of Object.keys(MINIMUM)) {
    scores[id] = Math.round((categories[id]?.score ?? 0) * 100);
    failing[id] = (categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`);
  }
  return { scores, failing };
}

describe.skipIf(withoutChromium)('Lighthouse gate (mobile)', () => {
  it('scores at least 95 for performance and 100 for accessibility, best practices and SEO', async () => {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
    const scores: Record<string, Record<string, number>> = {};
    const below: string[] = [];
    try {
      for (const [name, path] of Object.entries(PAGES)) {
        // Performance is timed on a shared machine: a page under its minimum is measured twice
        // more and judged on the median of three, as Lighthouse CI does. The other categories
        // are audits of the page, the same every run.
        const runs = [await audit(`${baseUrl}${path}`, chrome.port)];
        if (Object.entries(MINIMUM).some(([id, minimum]) => runs[0]!.scores[id]! < minimum))
          runs.push(await audit(`${baseUrl}${path}`, chrome.port), await audit(`${baseUrl}${path}`, chrome.port));
        runs.sort((a, b) => a.scores.performance! - b.scores.performance!);
        const median = runs[Math.floor(runs.length / 2)]!;
        scores[name] = { ...median.scores, runs: runs.length };
        for (const [id, minimum] of Object.entries(MINIMUM)) {
          if (median.scores[id]! < minimum) below.push(`${name} ${path}: ${id} ${median.scores[id]} < ${minimum}: ${median.failing[id]!.join(', ')}`);
        }
      }
    } finally {
      chrome.kill();
    }
    console.log(
      `Lighthouse (mobile):\n${Object.entries(scores)
        .map(
          ([name, s]) =>
            `  ${name}: ${Object.entries(s)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')}`,
        )
        .join('\n')}`,
    );
    expect(below).toEqual([]);
  }, 300_000);
});
