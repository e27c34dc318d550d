import { KIND_FIELDS } from '../content/kind-fields.ts';
import { toVietnamDay } from '../vietnamese/dates.ts';
import { frontmatter, yamlString } from './frontmatter.ts';
import { cleanTitle } from './news.ts';

/** How long a new consultation runs until the editor sets its own closing day. */
export const DEFAULT_CONSULTATION_DAYS = 30;

/** A new draft for comment: open from today for 30 days (to be set to the real dates), a draft, with a commented example file. */
export function consultationTemplate({ title, issuer, now }: { title: string; issuer: string; now: Date }): string {
  const opens = toVietnamDay(now);
  const closes = toVietnamDay(new Date(now.getTime() + (DEFAULT_CONSULTATION_DAYS - 1) * 86_400_000));
  const example = ['files:', '- file: /files/du-thao/<ten-tep>.pdf', `  label: ${yamlString(`Toàn văn ${cleanTitle(title)}`)}`];
  const head = frontmatter(
    KIND_FIELDS.consultations.schema,
    { title: yamlString(cleanTitle(title)), issuer: yamlString(issuer), opens, closes, draft: 'true' },
    { files: `\n${example.join('\n')}` },
  );
  return `${head}

Viết ở đây, thay cho đoạn này: dự thảo về việc gì, vì sao cần ban hành, những điểm chính, và xin ý kiến về những nội dung nào.
`;
}
