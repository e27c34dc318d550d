import { readdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FIXTURE_PORTAL } from '../../tests/support/fixture-portal.ts';

// The model reads the portal in the working directory: here the tests' fixture portal.
const cwd = process.cwd();
beforeAll(() => process.chdir(FIXTURE_PORTAL));
afterAll(() => process.chdir(cwd));

/** Astro's collections as the glob loader gives them for the fixture portal: file path and image. */
function entries(dir: string, image?: (file: string) => unknown) {
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => ({ id: name.replace(/\.mdx?$/, ''), filePath: `${dir}/${name}`, data: { image: image?.(name) } }));
}

vi.mock('astro:content', () => ({
  getCollection: async (name: string) =>
    name === 'news'
      ? entries('src/content/news', (name) => ({ src: `/_astro/${name}.jpg`, width: 1600, height: 900, format: 'jpg' }))
      : entries('src/content/documents'),
}));

async function loadModel(mode: 'production' | 'development') {
  vi.resetModules();
  vi.stubEnv('DEV', mode === 'development');
  vi.stubEnv('MODE', mode);
  const { getNews } = await import('./news.ts');
  return getNews();
}

afterEach(() => vi.unstubAllEnvs());

const DRAFT = 'tong-hop-ket-qua-khao-sat-su-hai-long-nam-2026-du-thao';

describe('the news model', () => {
  it('publishes neither drafts nor scheduled articles in a build', async () => {
    const news = await loadModel('production');
    expect(news.articles.length).toBeGreaterThan(10);
    expect(news.articles.every((a) => a.status === 'published')).toBe(true);
    expect(news.bySlug.has(DRAFT)).toBe(false);
    expect(news.articles.map((a) => a.date.getTime())).toEqual([...news.articles].map((a) => a.date.getTime()).sort((a, b) => b - a));
  });

  it('shows drafts, with their status, in the dev preview', async () => {
    const news = await loadModel('development');
    expect(news.bySlug.get(DRAFT)?.status).toBe('draft');
  });

  it('gives each article its category, its Astro entry and its picture', async () => {
    const news = await loadModel('production');
    const withImage = news.articles.find((a) => a.data.image?.startsWith('./'))!;
    expect(withImage.image).toEqual({
      src: expect.objectContaining({ src: expect.stringMatching(/^\/_astro\//) }),
      alt: withImage.data.imageAlt,
      caption: withImage.data.imageCaption,
    });
    expect(withImage.entry.filePath).toBe(withImage.file);
    for (const article of news.articles) expect(news.categories).toContain(article.category);
    // Related and latest lists never hold the article itself or an unpublished one.
    for (const article of news.articles) {
      for (const other of [...news.related(article.slug), ...news.latest(article.slug)]) {
        expect(other.slug).not.toBe(article.slug);
        expect(news.bySlug.get(other.slug)).toBe(other);
      }
    }
  });
});
