import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { tableAlign } from './table-align.ts';

const TABLE = ['| Đơn vị | Điểm | Xếp loại | Ghi chú |', '| :--- | ---: | :---: | --- |', '| Sở Tư pháp | 90,12 | Tốt | |'].join('\n');

describe('tableAlign', () => {
  it('writes a column alignment as a class, so that no cell has a style attribute', async () => {
    const plain = markdownToHtml(TABLE).html;
    expect(plain).toContain('style="text-align: right"');
    const html = (await markdownToHtml(TABLE, { hastPlugins: tableAlign() })).html;
    expect(html).not.toContain('style=');
    expect(html).toContain('<th class="align-left">Đơn vị</th>');
    expect(html).toContain('<td class="align-right">90,12</td>');
    expect(html).toContain('<td class="align-center">Tốt</td>');
    // A column without alignment stays a plain cell.
    expect(html).toContain('<th>Ghi chú</th>');
  });
});
