/**
 * schema.org JSON-LD for search engines and the national data-sharing rules (TT 22/2023):
 * pure builders, so pages only pass their facts and the tests check the shape.
 */
import type { PortalConfig } from '../config/schema.ts';
import { absoluteUrl } from '../urls.ts';

type Json = Record<string, unknown>;

/** Absolute address of a path on the site. */

/** The agency that runs the portal, with its contacts (home and about pages). */
export function governmentOrganization(
  portal: Pick<PortalConfig, 'site' | 'agency' | 'address' | 'phone' | 'email' | 'name'>,
  url: string,
  logo: string,
): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: portal.agency,
    url,
    logo,
    // A new portal's contacts may still be empty (npm run init): left out, not given as "".
    ...(portal.address ? { address: { '@type': 'PostalAddress', streetAddress: portal.address, addressCountry: 'VN' } } : {}),
    ...(portal.phone ? { telephone: portal.phone } : {}),
    ...(portal.email ? { email: portal.email } : {}),
    subjectOf: { '@type': 'WebSite', name: portal.name, url: portal.site },
  };
}

export interface ArticleFacts {
  title: string;
  summary?: string;
  url: string;
  /** ISO 8601 with the Vietnam offset. */
  published: string;
  author?: string;
  image?: string;
  section: string;
  /** When the article's file last changed, where that was after its posting day (ISO, Vietnam time). */
  modified?: string;
}

/** A news article; the agency is its publisher, and its author when none is named. */
export function newsArticle(article: ArticleFacts, publisher: { name: string; logo: string }): Json {
  const organisation = { '@type': 'GovernmentOrganization', name: publisher.name, logo: { '@type': 'ImageObject', url: publisher.logo } };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.summary && { description: article.summary }),
    url: article.url,
    mainEntityOfPage: article.url,
    datePublished: article.published,
    ...(article.modified && { dateModified: article.modified }),
    inLanguage: 'vi',
    articleSection: article.section,
    ...(article.image && { image: [article.image] }),
    author: article.author ? { '@type': 'Person', name: article.author } : organisation,
    publisher: organisation,
  };
}

export interface DatasetFacts {
  name: string;
  description: string;
  url: string;
  year: number;
  /** Open-data files of the same numbers, absolute URLs. */
  files: { url: string; format: keyof typeof MEDIA_TYPES }[];
  publisher: string;
  spatial: string;
}

/** The media type of each open-data format; the xlsx one is also what the endpoint serves. */
export const MEDIA_TYPES = { csv: 'text/csv', json: 'application/json', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** One year's index results with their downloads, CSV, JSON and Excel (the year page). */
export function dataset(facts: DatasetFacts): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: facts.name,
    description: facts.description,
    url: facts.url,
    inLanguage: 'vi',
    temporalCoverage: String(facts.year),
    spatialCoverage: { '@type': 'Place', name: facts.spatial },
    isAccessibleForFree: true,
    creator: { '@type': 'GovernmentOrganization', name: facts.publisher },
    distribution: facts.files.map((file) => ({ '@type': 'DataDownload', encodingFormat: MEDIA_TYPES[file.format], contentUrl: file.url })),
  };
}

/** The breadcrumb trail; the last crumb (the page itself) has no link and takes the page's URL. */
export function breadcrumbList(crumbs: { label: string; href?: string }[], pageUrl: string, site: string): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: crumb.href ? absoluteUrl(crumb.href, site) : pageUrl,
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` escaped so that no text in it (a title
 * holding `</script>`) can close the element early.
 */
export function serializeJsonLd(data: Json): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
