import { KIND_FIELDS } from '../content/kind-fields.ts';
import { frontmatter, yamlString } from './frontmatter.ts';
import { articleDate, cleanTitle } from './news.ts';

/** A new notice: every field under its guide (as `npm run new -- news` writes them), a draft dated now. */
export function noticeTemplate({ title, now }: { title: string; now: Date }): string {
  const head = frontmatter(KIND_FIELDS.notices.schema, { title: yamlString(cleanTitle(title)), date: articleDate(now), draft: 'true' });
  return `${head}

Viết nội dung thông báo ở đây, thay cho đoạn này: việc gì, ai cần làm, hạn khi nào, liên hệ ai.
`;
}
