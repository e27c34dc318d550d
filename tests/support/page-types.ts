/** One page of every type of the built fixture portal (issue 12's list), for the browser tests that visit them all. */
export const PAGE_TYPES: Record<string, string> = {
  'trang chủ': '/',
  'tin tức': '/tin-tuc/',
  'lưu trữ năm': '/tin-tuc/nam/2019/',
  'chuyên mục': '/chuyen-muc/ket-qua-cchc/',
  'bài viết': '/tin-tuc/par-index-2022-lai-chau-dat-86-29-diem-xep-thu-24-63/',
  'văn bản': '/van-ban/',
  'một văn bản': '/van-ban/ke-hoach-2993-kh-ubnd-2019/',
  'thông báo': '/thong-bao/',
  'một thông báo': '/thong-bao/han-gui-bao-cao-tu-danh-gia-cchc-2026/',
  'hỏi đáp': '/hoi-dap/',
  'hỏi đáp theo lĩnh vực': '/hoi-dap/linh-vuc/dich-vu-cong/',
  'một câu hỏi': '/hoi-dap/tra-cuu-ho-so-truc-tuyen/',
  'dự thảo lấy ý kiến': '/du-thao/',
  'một dự thảo đang lấy ý kiến': '/du-thao/du-thao-dang-lay-y-kien/',
  'một dự thảo đã hết hạn': '/du-thao/du-thao-quy-che-da-het-han/',
  'thư viện ảnh, video': '/thu-vien/',
  'một album': '/thu-vien/album-mot-cua/',
  'chỉ số qua các năm': '/chi-so-cchc/',
  'một năm': '/chi-so-cchc/2019/',
  'một năm có điểm theo tiêu chí': '/chi-so-cchc/2023/',
  'cách tính chỉ số': '/chi-so-cchc/phuong-phap/',
  'một đơn vị': '/don-vi/so-tu-phap/',
  'dữ liệu mở': '/du-lieu/',
  'tìm kiếm có kết quả': `/tim-kiem/?q=${encodeURIComponent('chỉ số')}`,
  'giới thiệu': '/gioi-thieu/',
  'tiếng Anh': '/en/',
  'liên kết': '/lien-ket/',
  '404': '/404.html',
};

/** The search page fills its results after load; other pages are ready when loaded. */
export async function pageReady(page: import('playwright-core').Page, path: string) {
  if (path.startsWith('/tim-kiem/?q=')) await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
}
