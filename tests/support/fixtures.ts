import { toVietnamISO } from '../../src/lib/vietnamese/dates.ts';
import { join } from 'node:path';
import { article } from './site-build.ts';

/** Vietnam wall-clock text (no offset) for an instant, as an editor would type it. */
const vietnamLocal = (date: Date) => toVietnamISO(date).slice(0, 19);

const inOneYear = new Date(Date.now() + 365 * 24 * 3600_000);

/** Phrases that must never be found in the built site. */
export const HIDDEN_PHRASES = {
  draft: 'bản thảo kiểm thử chưa được duyệt zqxdraft',
  future: 'tin hẹn giờ kiểm thử chưa đến ngày zqxfuture',
};

/**
 * Articles added to the fixture portal for the site tests: a draft, an article scheduled a
 * year ahead (relative to the test run, so it stays in the future), and dates whose Vietnam
 * day differs from the UTC or New York day.
 */
export const FIXTURE_ARTICLES: Record<string, string> = {
  'src/content/news/kiem-thu-ban-nhap.md': article(
    { title: 'Bản nháp kiểm thử', date: '2020-01-02T08:00:00', category: 'tin-tuc-su-kien', draft: true, tags: ['Kiểm thử'] },
    `Đoạn này có ${HIDDEN_PHRASES.draft}.`,
  ),
  'src/content/news/kiem-thu-hen-gio.md': article(
    { title: 'Tin hẹn giờ kiểm thử', date: vietnamLocal(inOneYear), category: 'tin-tuc-su-kien', tags: ['Kiểm thử'] },
    `Đoạn này có ${HIDDEN_PHRASES.future}.`,
  ),
  // 00:30 on 23/12 in Vietnam is still 22/12 in UTC and in New York.
  'src/content/news/kiem-thu-gio-viet-nam.md': article(
    {
      title: 'Kiểm thử giờ Việt Nam lúc nửa đêm',
      date: '2019-12-23T00:30:00',
      category: 'tin-tuc-su-kien',
      tags: ['Kiểm thử'],
      summary: 'Bài kiểm thử <script>window.__xss = 1</script> & ký tự đặc biệt',
    },
    'Bài viết dùng để kiểm thử múi giờ.',
  ),
  'src/content/news/kiem-thu-co-mui-gio.md': article(
    { title: 'Kiểm thử ngày có múi giờ', date: '2020-05-27T10:00:00+00:00', category: 'tin-tuc-su-kien', tags: ['Kiểm thử'] },
    // And a Markdown table with aligned columns: its cells must carry no style attribute.
    ['Bài viết có ghi múi giờ UTC.', '', '| Quý | Hồ sơ trực tuyến |', '| :--- | ---: |', '| I | 1.204 |'].join('\n'),
  ),
  // "Dao" (an ethnic group) without đ: typed "dao", it must come before the "đạo" pages.
  'src/content/news/kiem-thu-nguoi-dao.md': article(
    { title: 'Kiểm thử tìm kiếm: bản làng người Dao', date: '2021-03-03T09:00:00', category: 'tin-tuc-su-kien', tags: ['Kiểm thử'] },
    'Bản làng của người Dao ở vùng cao giữ nhiều nghề truyền thống.',
  ),
  // An image given as a path under public/ rather than beside the article.
  'src/content/news/kiem-thu-anh-trong-public.md': article(
    {
      title: 'Kiểm thử ảnh đặt trong thư mục public',
      date: '2021-04-04T09:00:00',
      category: 'tin-tuc-su-kien',
      tags: ['Kiểm thử'],
      image: '/logo.svg',
      imageAlt: 'Biểu trưng của trang',
    },
    'Bài viết có ảnh lấy từ thư mục public.',
  ),
  // Its picture (4000 px wide) is written by the global setup.
  'src/content/news/kiem-thu-anh-lon.md': article(
    {
      title: 'Kiểm thử ảnh chụp cỡ lớn',
      date: '2021-04-05T09:00:00',
      category: 'tin-tuc-su-kien',
      tags: ['Kiểm thử'],
      image: './images/anh-may-anh-kiem-thu.jpg',
      imageAlt: 'Một mảng màu xanh',
    },
    'Bài viết có ảnh chụp cỡ lớn.',
  ),
  // Search ranking: "mộc bản" (woodblocks, in no fixture article) sits in one title, one
  // summary and, eight times, in one body. Title first, then summary, then body.
  'src/content/news/kiem-thu-xep-hang-o-noi-dung.md': article(
    { title: 'Kiểm thử xếp hạng: bài nhắc nhiều lần trong nội dung', date: '2018-02-01T09:00:00', category: 'tin-tuc-su-kien', tags: ['Kiểm thử'] },
    [
      'Đoạn mở đầu nói về việc lưu trữ tài liệu của tỉnh. Kho mộc bản được kiểm kê; mộc bản cổ được số hóa.',
      'Mỗi mộc bản có mã riêng, mộc bản hỏng được ghi lại và mộc bản quý được bảo quản riêng.',
      'Cán bộ lưu trữ hướng dẫn cách tra cứu mộc bản và ảnh chụp mộc bản trên trang thông tin.',
    ].join('\n\n'),
  ),
  'src/content/news/kiem-thu-xep-hang-o-tom-tat.md': article(
    {
      title: 'Kiểm thử xếp hạng: bài có từ khóa ở tóm tắt',
      date: '2018-02-02T09:00:00',
      category: 'tin-tuc-su-kien',
      tags: ['Kiểm thử'],
      summary: 'Tóm tắt nhắc đến mộc bản một lần.',
    },
    'Nội dung bài viết về công tác lưu trữ của tỉnh, không nhắc lại từ khóa.',
  ),
  'src/content/news/kiem-thu-xep-hang-o-tieu-de.md': article(
    { title: 'Kiểm thử xếp hạng: giới thiệu mộc bản', date: '2018-02-03T09:00:00', category: 'tin-tuc-su-kien', tags: ['Kiểm thử'] },
    'Nội dung bài viết về công tác lưu trữ của tỉnh.',
  ),
  // An author and a source in the byline: search excerpts must come from the text instead.
  'src/content/news/kiem-thu-trich-doan.md': article(
    {
      title: 'Kiểm thử trích đoạn tìm kiếm',
      date: '2018-03-01T09:00:00',
      category: 'tin-tuc-su-kien',
      tags: ['Kiểm thử'],
      author: 'Hoàng Thị Kiểm',
      source: 'Văn phòng Kiểm thử',
    },
    'Đoạn văn này nói về phong lan rừng được trồng ở vườn ươm của xã.',
  ),
  'src/content/news/kiem-thu-chi-co-ngay.md': article(
    { title: 'Kiểm thử bài chỉ ghi ngày', date: '2020-01-01', category: 'tin-tuc-su-kien', tags: ['Kiểm thử'] },
    'Bài viết chỉ ghi ngày đăng.',
  ),
};

/** Expected posting times of the dated fixtures, in the portal's form. */
export const FIXTURE_DATES = {
  'kiem-thu-gio-viet-nam': { text: '23/12/2019 12:30 SA', iso: '2019-12-23T00:30:00+07:00' },
  'kiem-thu-co-mui-gio': { text: '27/05/2020 5:00 CH', iso: '2020-05-27T17:00:00+07:00' },
  'kiem-thu-chi-co-ngay': { text: '01/01/2020 12:00 SA', iso: '2020-01-01T00:00:00+07:00' },
};

/**
 * The picture of the fixture article `kiem-thu-anh-lon`: a camera-sized photo (4000 px wide),
 * so that tests see that no reader downloads it whole. Made here, since fixtures are text.
 */
export async function writeFixturePhoto(root: string) {
  const { default: sharp } = await import('sharp');
  await sharp({ create: { width: 4000, height: 2250, channels: 3, background: { r: 40, g: 110, b: 160 } } })
    .jpeg({ quality: 90 })
    .toFile(join(root, 'src/content/news/images/anh-may-anh-kiem-thu.jpg'));
}
