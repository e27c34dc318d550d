import * as s from 'satteri';
const src = `# Tiêu đề\n\nĐoạn có <sup>2</sup> và **đậm**, [liên kết](/van-ban/x/).\n\n    thụt lề bốn dấu cách\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n\\{ngoặc\\} và <br /> xuống dòng\n\n![ảnh](./images/a.jpg)\n`;
const h = s.createMdxHastHandle(src);
console.log('MDX->HTML:', s.renderHandle(h));
console.log('MD->HTML:', (await s.markdownToHtml(src, {})).html);
