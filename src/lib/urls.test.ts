import { describe, expect, it } from 'vitest';
import { absoluteUrl, pageUrl, urls, withBase } from './urls.ts';

describe('urls', () => {
  it('gives each page its SPEC 5 address, with the trailing slash', () => {
    expect(urls.article('cong-bo-chi-so')).toBe('/tin-tuc/cong-bo-chi-so/');
    expect(urls.category('ket-qua-cchc')).toBe('/chuyen-muc/ket-qua-cchc/');
    expect(urls.document('ke-hoach-2993')).toBe('/van-ban/ke-hoach-2993/');
    expect(urls.documentType('ke-hoach')).toBe('/van-ban/loai/ke-hoach/');
    expect(urls.documentYear(2019)).toBe('/van-ban/nam/2019/');
    expect(urls.resultsYear(2019)).toBe('/chi-so-cchc/2019/');
    expect(urls.unit('so-tu-phap')).toBe('/don-vi/so-tu-phap/');
    expect(urls.openDataFile(2019, 'csv')).toBe('/du-lieu/chi-so-cchc-2019.csv');
    expect(urls.newsYear(2024)).toBe('/tin-tuc/nam/2024/');
    expect([urls.about, urls.english, urls.links]).toEqual(['/gioi-thieu/', '/en/', '/lien-ket/']);
  });
  it('numbers the later pages of a list, the first page being the list itself', () => {
    expect(pageUrl(urls.news, 1)).toBe('/tin-tuc/');
    expect(pageUrl(urls.news, 3)).toBe('/tin-tuc/3/');
  });
  it('puts a sub-path in front of paths written from the root, and only of those', () => {
    expect(withBase('/van-ban/x/', '/cchc/')).toBe('/cchc/van-ban/x/');
    expect(withBase('/', '/cchc/')).toBe('/cchc/');
    expect(withBase('/files/a.pdf', '/')).toBe('/files/a.pdf');
    for (const other of ['https://dichvucong.gov.vn/', '//cdn.example.org/a.js', '#muc', 'mailto:a@b.vn', 'anh.png'])
      expect(withBase(other, '/cchc/')).toBe(other);
  });
  it('writes the full address of a path on the site, and refuses to guess one without a site', () => {
    expect(absoluteUrl('/cchc/tin-tuc/a/', 'https://laichau.gov.vn')).toBe('https://laichau.gov.vn/cchc/tin-tuc/a/');
    expect(absoluteUrl('/van-ban/x/', new URL('https://cchc.x.gov.vn/'))).toBe('https://cchc.x.gov.vn/van-ban/x/');
    expect(() => absoluteUrl('/tin-tuc/')).toThrow(/no site/);
  });
});
