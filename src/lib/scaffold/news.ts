import { toVietnamISO } from '../vietnamese/dates.ts';

/** A category as the scaffold needs it (from `src/content/categories.json`). */
export interface CategoryChoice {
  id: string;
  name?: string;
}

/** A title as typed on the command line: one line, spaces collapsed. */
export const cleanTitle = (title: string) => title.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The current Vietnam wall-clock time to the minute, as an article's `date`: `2027-03-05T09:30:00`. */
export const articleDate = (now: Date) => `${toVietnamISO(now).slice(0, 16)}:00`;

/** A YAML double-quoted string (JSON's escapes are YAML's too). */
export const yamlString = (text: string) => JSON.stringify(text);

/**
 * A new article: every frontmatter field of the schema, each with a Vietnamese comment saying
 * what it is and how to fill it; a draft dated now (Vietnam time) in the first category.
 */
export function newsTemplate({ title, now, categories }: { title: string; now: Date; categories: readonly CategoryChoice[] }): string {
  const ids = categories.map((c) => (c.name ? `${c.id} (${c.name})` : c.id));
  const category = categories[0]?.id ?? '';
  return `---
# Tiêu đề bài viết, đặt trong dấu ngoặc kép.
title: ${yamlString(cleanTitle(title))}
# Thời điểm đăng, giờ Việt Nam, viết năm-tháng-ngàyTgiờ:phút:giây. Ghi một thời điểm sau này để hẹn giờ đăng bài.
date: ${articleDate(now)}
# Mã chuyên mục, một trong: ${ids.join(', ')} (danh sách trong src/content/categories.json).
category: ${category}
# Từ khóa: mỗi từ trong dấu ngoặc kép, cách nhau dấu phẩy, ví dụ ["PAR INDEX", "Sở Nội vụ"]. Để [] nếu không có.
tags: []
# Tóm tắt một, hai câu, hiện dưới tiêu đề và trong danh sách tin; đặt trong dấu ngoặc kép. Để trống nếu không có.
summary:
# Tác giả, ví dụ "Ban Biên tập". Để trống nếu không ghi.
author:
# Nguồn tin, ví dụ "Văn phòng UBND tỉnh". Để trống nếu không ghi.
source:
# Ảnh đại diện: ./images/ten-anh.jpg nếu ảnh đặt trong thư mục images cạnh bài (src/content/news/images/ten-anh.jpg),
# hoặc đường dẫn bắt đầu bằng / nếu ảnh ở thư mục public (/images/ten-anh.jpg là tệp public/images/ten-anh.jpg). Để trống nếu không có ảnh.
image:
# Mô tả ngắn nội dung ảnh cho người không nhìn thấy ảnh, trong dấu ngoặc kép: bắt buộc khi có ảnh (image).
imageAlt:
# Chú thích hiện dưới ảnh, trong dấu ngoặc kép. Để trống nếu không có.
imageCaption:
# Văn bản bài viết nhắc đến: tên tệp trong src/content/documents/, không có đuôi .mdx, ví dụ ["ke-hoach-2993-kh-ubnd-2019"]. Để [] nếu không có.
documents: []
# Bài liên quan, hiện trước tiên ở mục "Tin liên quan": tên tệp trong src/content/news/, không có đuôi .mdx. Để [] nếu không có.
related: []
# true để đưa bài lên đầu trang chủ (tin nổi bật); false nếu không.
featured: false
# true: bản nháp, chưa đăng ở đâu cả. Đổi thành false khi bài đã sẵn sàng để đăng.
draft: true
---

Viết nội dung bài ở đây, thay cho đoạn này. Các đoạn văn cách nhau một dòng trống; tiêu đề một mục viết ## rồi một dấu cách, ví dụ: ## Kết quả nổi bật

{/*
  Ghi chú cho người soạn bài: không hiện trên trang; xóa cả ghi chú khi không cần nữa.

  Chèn ảnh vào giữa bài: chép tệp ảnh vào thư mục images cạnh bài (src/content/news/images/ten-anh.jpg),
  rồi viết trên một dòng riêng, bên ngoài ghi chú này:
  ![Mô tả ngắn nội dung ảnh](./images/ten-anh.jpg)
*/}
`;
}
