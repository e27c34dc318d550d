import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { describe, expect, inject, it } from 'vitest';
import { CHROMIUM } from '../support/browser';

const baseUrl = inject('baseUrl');

/** The pages a reader lands on most; Lighthouse's mobile profile (slow 4G, mid-range phone). */
const PAGES = {
  'trang chủ': '/',
  'bài viết': '/tin-tuc/par-index-2022-lai-chau-dat-86-29-diem-xep-thu-24-63/',
  'một năm': '/chi-so-cchc/2019/',
  'tìm kiếm': `/tim-kiem/?q=${encodeURIComponent('chỉ số')}`,
};
const MINIMUM = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

describe.skipIf(process.env.CI !== 'true' && !existsSync(CHROMIUM))('Lighthouse gate (mobile)', () => {
  it('scores at least 95 for performance and 100 for accessibility, best practices and SEO', async () => {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
    const scores: Record<string, Record<string, number>> = {};
    const below: string[] = [];
    try {
      for (const [name, path] of Object.entries(PAGES)) {
        const result = await lighthouse(`${baseUrl}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(MINIMUM) });
        const { categories, audits } = result!.lhr;
        scores[name] = {};
        for (const [id, minimum] of Object.entries(MINIMUM)) {
          const score = Math.round((categories[id]?.score ?? 0) * 100);
          scores[name][id] = score;
          if (score < minimum) {
            // Name the audits that cost the points, so that a failure says what to fix.
            const failing = categories[id]!.auditRefs
              .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
              .map((ref) => `${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`);
            below.push(`${name} ${path}: ${id} ${score} < ${minimum}: ${failing.join(', ')}`);
          }
        }
      }
    } finally {
      chrome.kill();
    }
    console.log(`Lighthouse (mobile):\n${Object.entries(scores).map(([name, s]) => `  ${name}: ${Object.entries(s).map(([k, v]) => `${k} ${v}`).join(', ')}`).join('\n')}`);
    expect(below).toEqual([]);
  }, 300_000);
});
