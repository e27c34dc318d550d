import { isWarning } from '../src/lib/problems/problem.ts';
import { formatNumber } from '../src/lib/vietnamese/numbers.ts';
import type { CheckedProject } from '../src/check/project.ts';

/** One line saying what was checked and the outcome, for `npm run check` and the build. */
export function summary(project: CheckedProject, milliseconds: number): string {
  const errors = project.problems.filter((p) => !isWarning(p)).length;
  const years = project.results?.years.length;
  const checked = [
    `${project.categories.length} chuyên mục`,
    `${project.news.length} bài viết`,
    `${project.documents.length} văn bản`,
    // Named once a portal has any: an office that publishes none is not told about them.
    ...(project.notices.length > 0 ? [`${project.notices.length} thông báo`] : []),
    ...(project.questions.length > 0 ? [`${project.questions.length} câu hỏi`] : []),
    ...(project.consultations.length > 0 ? [`${project.consultations.length} dự thảo`] : []),
    ...(project.albums.length > 0 ? [`${project.albums.length} album`] : []),
    ...(years !== undefined ? [`${years} năm kết quả`] : []),
  ].join(', ');
  const outcome = errors > 0 ? `${errors} lỗi: chưa dựng được trang.` : 'không có lỗi.';
  return `Kiểm tra nội dung (${checked}; ${formatNumber(milliseconds / 1000, 1)} giây): ${outcome}`;
}
