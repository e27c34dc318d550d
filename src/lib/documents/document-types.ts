/** Document types of SPEC 4.4, with the names readers know them by. */
export const DOCUMENT_TYPES = ['ke-hoach', 'quyet-dinh', 'chi-thi', 'cong-van', 'bao-cao', 'thong-bao'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  'ke-hoach': 'Kế hoạch',
  'quyet-dinh': 'Quyết định',
  'chi-thi': 'Chỉ thị',
  'cong-van': 'Công văn',
  'bao-cao': 'Báo cáo',
  'thong-bao': 'Thông báo',
};
