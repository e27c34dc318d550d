/**
 * The components an article may use for figures computed from data/ (SPEC 12): their names,
 * props and what each shows. The check (check.ts), the pages (src/components/embeds/), the web
 * editor's buttons and the editors' guide all read this list.
 */

/** What a prop's value names, which decides how it is checked and offered in the web editor. */
export type PropKind = 'year' | 'group' | 'unit' | 'document' | 'count' | 'nationalIndex';

export interface EmbedProp {
  name: string;
  kind: PropKind;
  /** In messages and in the web editor. */
  label: string;
  /** An example value, for messages and the guide. */
  example: string;
}

export interface EmbedDefinition {
  name: EmbedName;
  /** Shown inside a sentence (true) or as a block of its own (false). */
  inline: boolean;
  /** What it shows, in the web editor and the guide. */
  label: string;
  /** The ways of writing it: each lists the props it needs, and those it may have. */
  forms: ReadonlyArray<{ required: readonly string[]; optional?: readonly string[]; shows: string }>;
}

export type EmbedName = 'ChiSo' | 'XepLoai' | 'BangXepHang' | 'BieuDo' | 'VanBan';

export const EMBED_PROPS: Readonly<Record<string, EmbedProp>> = {
  nam: { name: 'nam', kind: 'year', label: 'Năm đánh giá', example: '2023' },
  nhom: { name: 'nhom', kind: 'group', label: 'Nhóm', example: 'so-ban-nganh' },
  donVi: { name: 'donVi', kind: 'unit', label: 'Đơn vị', example: 'so-noi-vu' },
  so: { name: 'so', kind: 'document', label: 'Số ký hiệu văn bản', example: '2993/KH-UBND' },
  top: { name: 'top', kind: 'count', label: 'Số đơn vị đầu bảng', example: '5' },
  chiSo: { name: 'chiSo', kind: 'nationalIndex', label: 'Chỉ số quốc gia', example: 'par-index' },
};

export const EMBEDS: readonly EmbedDefinition[] = [
  {
    name: 'ChiSo',
    inline: true,
    label: 'Chỉ số, thứ hạng và xếp loại của một đơn vị',
    forms: [{ required: ['donVi', 'nam'], shows: 'chỉ số, hạng và xếp loại của đơn vị trong năm' }],
  },
  {
    name: 'XepLoai',
    inline: true,
    label: 'Số đơn vị và tỷ lệ từng loại của một nhóm',
    forms: [{ required: ['nam', 'nhom'], shows: 'số đơn vị và tỷ lệ từng loại của nhóm trong năm' }],
  },
  {
    name: 'BangXepHang',
    inline: false,
    label: 'Bảng xếp hạng một nhóm',
    forms: [{ required: ['nam', 'nhom'], optional: ['top'], shows: 'bảng xếp hạng của nhóm (top: chỉ những đơn vị đầu bảng)' }],
  },
  {
    name: 'BieuDo',
    inline: false,
    label: 'Biểu đồ',
    forms: [
      { required: ['donVi'], shows: 'chỉ số của đơn vị qua các năm' },
      { required: ['nam', 'nhom'], shows: 'chỉ số từng đơn vị của nhóm trong năm' },
      { required: ['chiSo'], shows: 'chỉ số và thứ hạng của tỉnh qua các năm' },
    ],
  },
  {
    name: 'VanBan',
    inline: false,
    label: 'Thẻ văn bản',
    forms: [{ required: ['so'], shows: 'số, trích yếu, ngày ban hành, liên kết và tệp đính kèm của văn bản' }],
  },
];

export const EMBED_NAMES: ReadonlySet<string> = new Set(EMBEDS.map((e) => e.name));
