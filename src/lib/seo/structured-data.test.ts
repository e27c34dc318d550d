import { describe, expect, it } from 'vitest';
import { breadcrumbList, dataset, governmentOrganization, newsArticle, serializeJsonLd } from './structured-data.ts';

describe('structured data', () => {
  it('names the agency with its contacts', () => {
    const org = governmentOrganization(
      { site: 'https://cchc.example.vn', agency: 'Sở Nội vụ', address: 'Tầng 2', phone: '02133 876 650', email: 'a@b.vn', name: 'Trang CCHC' },
      'https://cchc.example.vn/gioi-thieu/',
      'https://cchc.example.vn/logo.svg',
    );
    expect(org).toMatchObject({
      '@type': 'GovernmentOrganization',
      name: 'Sở Nội vụ',
      telephone: '02133 876 650',
      address: { streetAddress: 'Tầng 2', addressCountry: 'VN' },
    });
  });
  it('credits the agency as author when an article names none, and the person when it does', () => {
    const publisher = { name: 'Sở Nội vụ', logo: 'https://x.vn/logo.svg' };
    const base = { title: 'Tin', url: 'https://x.vn/tin-tuc/tin/', published: '2019-12-23T13:05:00+07:00', section: 'Tin tức' };
    expect(newsArticle(base, publisher).author).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Sở Nội vụ' });
    const named = newsArticle({ ...base, author: 'Lò Văn Hùng', image: 'https://x.vn/a.jpg', summary: 'Tóm tắt' }, publisher);
    expect(named).toMatchObject({
      '@type': 'NewsArticle',
      author: { '@type': 'Person', name: 'Lò Văn Hùng' },
      image: ['https://x.vn/a.jpg'],
      description: 'Tóm tắt',
      datePublished: '2019-12-23T13:05:00+07:00',
    });
    expect(newsArticle(base, publisher)).not.toHaveProperty('image');
  });
  it('lists a year’s downloads with their media types', () => {
    const data = dataset({
      name: 'Chỉ số 2019',
      description: 'd',
      url: 'https://x.vn/chi-so-cchc/2019/',
      year: 2019,
      files: [
        { format: 'csv', url: 'https://x.vn/a.csv' },
        { format: 'json', url: 'https://x.vn/a.json' },
      ],
      publisher: 'Sở Nội vụ',
      spatial: 'tỉnh Lai Châu',
    });
    expect(data.distribution).toEqual([
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://x.vn/a.csv' },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: 'https://x.vn/a.json' },
    ]);
    expect(data.temporalCoverage).toBe('2019');
  });
  it('numbers the breadcrumb trail from 1 and gives the last crumb the page’s own address', () => {
    const list = breadcrumbList(
      [{ label: 'Trang chủ', href: '/' }, { label: 'Tin tức', href: '/tin-tuc/' }, { label: 'Bài' }],
      'https://x.vn/tin-tuc/bai/',
      'https://x.vn',
    );
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://x.vn/' },
      { '@type': 'ListItem', position: 2, name: 'Tin tức', item: 'https://x.vn/tin-tuc/' },
      { '@type': 'ListItem', position: 3, name: 'Bài', item: 'https://x.vn/tin-tuc/bai/' },
    ]);
  });
  it('cannot close its script element early, whatever a title holds', () => {
    const text = serializeJsonLd({ headline: 'a </script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text).headline).toBe('a </script><script>alert(1)</script>');
  });
});
