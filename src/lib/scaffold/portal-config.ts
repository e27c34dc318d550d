import type { PortalConfig } from '../config/schema.ts';

/** "Hà Giang", "tỉnh Hà Giang" or "thành phố Hải Phòng": the kind and the bare name. */
export interface Province {
  /** As in running text: "tỉnh Hà Giang", "thành phố Hải Phòng". */
  full: string;
  /** Without the kind: "Hà Giang". */
  name: string;
  /** "thành phố" for a centrally run city, "tỉnh" otherwise. */
  kind: 'tỉnh' | 'thành phố';
}

/** The province written on the command line, or undefined when there is no name in it. */
export function parseProvince(text: string | undefined): Province | undefined {
  const cleaned = (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  const match = /^(tỉnh|thành phố|tp\.?)\s+(.+)$/iu.exec(cleaned);
  const kind = match && !/^tỉnh$/i.test(match[1]!) ? 'thành phố' : 'tỉnh';
  const name = (match ? match[2]! : cleaned).trim();
  if (!/\p{L}/u.test(name) || name.length > 60 || /^(tỉnh|thành phố|tp\.?)$/iu.test(name)) return undefined;
  return { full: `${kind} ${name}`, name, kind };
}

/** "Hà Giang" → "Ha Giang", for the English page. */
export function asciiName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** A web address the office can correct: cchc.<tỉnh>.gov.vn, the pattern most CCHC portals use. */
export function guessSite(province: Province): string {
  return `https://cchc.${asciiName(province.name)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}.gov.vn`;
}

/** What the office shares with every portal: layout and display settings, kept from the current config. */
type Kept = Pick<
  PortalConfig,
  'base' | 'logo' | 'color' | 'menu' | 'nationalRanking' | 'newsPerPage' | 'documentsPerPage' | 'latestNewsCount' | 'relatedNewsCount' | 'searchRecentArticles'
> & { editor: Pick<PortalConfig['editor'], 'backend' | 'branch'> };

/**
 * A new province's config (`npm run init`): its name written in, the display settings kept, and
 * every field only the office knows left empty ("" or []) for the check to list
 * (src/lib/config/unfilled.ts). The texts are general ones the office can rewrite.
 */
export function newPortalConfig(province: Province, kept: Kept) {
  const english = asciiName(province.name);
  const englishKind = province.kind === 'tỉnh' ? 'Province' : 'City';
  const agency = `Sở Nội vụ ${province.full}`;
  return {
    site: guessSite(province),
    base: kept.base,
    name: `Trang thông tin điện tử Cải cách hành chính ${province.full}`,
    shortName: `CCHC ${province.name}`,
    province: province.full,
    agency,
    description: `Tin tức, văn bản và kết quả Chỉ số cải cách hành chính của ${province.full}.`,
    logo: kept.logo,
    color: kept.color,
    responsible: { title: 'Chịu trách nhiệm chính', name: '' },
    address: '',
    phone: '',
    email: '',
    hours: '',
    menu: kept.menu,
    procedures: {
      label: `Cổng Dịch vụ công ${province.full}`,
      href: '',
      description: 'Tra cứu thủ tục hành chính, nộp hồ sơ trực tuyến, theo dõi và nhận kết quả giải quyết.',
    },
    links: [],
    nationalRanking: kept.nationalRanking,
    newsPerPage: kept.newsPerPage,
    documentsPerPage: kept.documentsPerPage,
    latestNewsCount: kept.latestNewsCount,
    relatedNewsCount: kept.relatedNewsCount,
    searchRecentArticles: kept.searchRecentArticles,
    editor: { backend: kept.editor.backend, repo: '', branch: kept.editor.branch },
    about: {
      intro: [
        `Trang thông tin điện tử Cải cách hành chính là nơi ${province.full} công khai tin tức, kế hoạch, văn bản chỉ đạo và kết quả đánh giá Chỉ số cải cách hành chính hằng năm của các cơ quan, đơn vị.`,
        `${agency} là cơ quan thường trực giúp Ủy ban nhân dân ${province.kind} theo dõi, đôn đốc công tác cải cách hành chính và quản lý nội dung trang.`,
      ],
      functions: [
        `Tham mưu Ủy ban nhân dân ${province.kind} ban hành kế hoạch cải cách hành chính, theo dõi và đôn đốc các cơ quan, đơn vị thực hiện.`,
        'Tổ chức thẩm định và công bố Chỉ số cải cách hành chính của các cơ quan, đơn vị.',
        'Tuyên truyền về cải cách hành chính; quản lý nội dung trang thông tin điện tử này.',
      ],
      organisation: { name: `Ủy ban nhân dân ${province.full}`, children: [{ name: agency }] },
      leaders: [],
    },
    english: {
      name: `Administrative Reform Portal of ${english} ${englishKind}`,
      agency: `Department of Home Affairs of ${english} ${englishKind}`,
      address: '',
      hours: '',
      intro: [
        `This portal is where ${english} ${englishKind} publishes news, plans and decisions on public administration reform, and each year's Administrative Reform Index (PAR INDEX) of its agencies and localities. Most content is in Vietnamese; this page gives the essentials in English.`,
      ],
    },
  };
}
