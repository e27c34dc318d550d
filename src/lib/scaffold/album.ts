import { KIND_FIELDS } from '../content/kind-fields.ts';
import { frontmatter, yamlString } from './frontmatter.ts';
import { articleDate, cleanTitle } from './news.ts';

/** A new album dated now, a draft, with a commented example picture and video to copy. */
export function albumTemplate({ title, now }: { title: string; now: Date }): string {
  // Each line becomes a comment line under the field's guide.
  const comment = (lines: string[]) => `\n${lines.join('\n')}`;
  const head = frontmatter(
    KIND_FIELDS.albums.schema,
    { title: yamlString(cleanTitle(title)), date: articleDate(now), draft: 'true' },
    {
      photos: comment(['photos:', '- file: ./images/<ten-anh>.jpg', '  alt: "Tả ngắn ảnh chụp gì"', '  caption: "Chú thích dưới ảnh"']),
      videos: comment([
        'videos:',
        '- title: "Tên video"',
        '  file: /files/video/<ten-tep>.mp4',
        '  poster: /files/video/<ten-tep>.jpg',
        '  captions: /files/video/<ten-tep>.vtt',
      ]),
    },
  );
  return `${head}

Vài dòng giới thiệu album (không bắt buộc): sự kiện gì, ở đâu, khi nào. Xóa đoạn này nếu không cần.
`;
}
