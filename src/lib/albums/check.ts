import { checkItems, type CheckedItem } from '../content/check-items.ts';
import { checkWrittenFiles } from '../content/written-files.ts';
import { ALBUMS } from '../content/kinds.ts';
import type { Problem } from '../problems/problem.ts';
import type { MarkdownFile } from '../source/markdown-file.ts';
import { albumFrontmatterSchema, type AlbumFrontmatter } from './schema.ts';

/** An album whose frontmatter is valid, with its slug, file and publishing status. */
export type CheckedAlbum = CheckedItem<AlbumFrontmatter>;

/**
 * Validates every album: its fields (each picture's alt text among them), its file name, that
 * it shows something, that each picture, video, poster and captions file is where it says, and
 * that each video is a file with captions or a link elsewhere, not both or neither.
 */
export function checkAlbums(
  files: readonly MarkdownFile[],
  context: { now: Date; fileExists: (path: string) => boolean; sameNameOtherCase?: (path: string) => string | undefined },
): { problems: Problem[]; albums: CheckedAlbum[]; slugs: Set<string> } {
  const { items, ...checked } = checkItems(files, ALBUMS, albumFrontmatterSchema, {
    now: context.now,
    postedAt: 'date',
    writtenRules(written, add, source) {
      const where = { file: source.file, add, ...context };
      checkWrittenFiles(
        written,
        { list: 'photos', keys: ['file'], item: 'ảnh', where: 'ảnh đặt trong thư mục images cạnh album và viết ./images/ten-anh.jpg' },
        where,
      );
      checkWrittenFiles(
        written,
        {
          list: 'videos',
          keys: ['file', 'poster', 'captions'],
          item: 'video',
          where: 'tệp video, ảnh bìa và phụ đề đặt trong thư mục public/files/video/ và viết /files/video/ten-tep',
        },
        where,
      );
    },
    rules(data, add) {
      // A draft may wait for its pictures (as `npm run new` makes it); a published album may not.
      if (data.photos.length === 0 && data.videos.length === 0)
        add([], 'photos', 'album chưa có ảnh hay video nào: thêm ảnh vào photos hoặc video vào videos.', data.draft ? 'warning' : undefined);
      data.videos.forEach((video, i) => {
        const field = (name: string) => `videos (video thứ ${i + 1}).${name}`;
        if (video.file && video.url)
          add(['videos', i, 'url'], field('url'), 'ghi tệp video (file) hoặc địa chỉ video ở trang khác (url), không ghi cả hai: xóa một trong hai dòng.');
        if (!video.file && !video.url) add(['videos', i], field('file'), 'chưa có tệp video (file) hay địa chỉ video ở trang khác (url): ghi một trong hai.');
        if (video.file && !video.captions)
          add(
            ['videos', i],
            field('captions'),
            'video chưa có phụ đề: người không nghe được cần phụ đề. Làm tệp phụ đề .vtt, đặt cạnh video và ghi captions: /files/video/ten-tep.vtt.',
          );
      });
    },
  });
  return { ...checked, albums: items };
}
