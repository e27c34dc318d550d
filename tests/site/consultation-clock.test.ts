import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { page, text } from '../support/dist.ts';
import { buildSite, prepareSite } from '../support/site-build.ts';

// A draft whose comments close at the end of 20/12/2026 (Vietnam time), built the evening
// before, on its last evening, and by the nightly build just after midnight, keeping .astro/
// and dist/ as a host does: each build shows the state of its own day, never a cached one.
const DRAFT = `---
title: "Dự thảo thử hạn góp ý"
issuer: "Sở Nội vụ"
opens: 2026-12-01
closes: 2026-12-20
---

Dự thảo để thử trạng thái theo ngày.
`;

describe('a draft’s state at build time', () => {
  it('moves from open to closed on its date, in Vietnam time, whatever the machine’s clock', { timeout: 240_000 }, async () => {
    const root = await prepareSite('consultation-clock', { 'src/content/du-thao/du-thao-thu-han.mdx': DRAFT });
    const dist = join(root, 'dist');
    const stateAt = async (time: string) => {
      const result = await buildSite(root, { PORTAL_BUILD_TIME: time, TZ: 'America/New_York' });
      expect(result.code, result.output).toBe(0);
      const draft = page(dist, '/du-thao/du-thao-thu-han/');
      return {
        status: text(draft.querySelector('.status')),
        canComment: draft.querySelector('.send-feedback a.mail-link') !== null && draft.querySelector('.send-feedback form') !== null,
      };
    };
    expect(await stateAt('2026-12-19T20:00:00+07:00')).toEqual({ status: 'Đang lấy ý kiến Còn 2 ngày, nhận góp ý đến hết ngày 20/12/2026.', canComment: true });
    // 23:59 in Vietnam is still the 20th, though it is the 20th's noon in New York and the 20th's 16:59 in UTC.
    expect(await stateAt('2026-12-20T23:59:00+07:00')).toEqual({ status: 'Đang lấy ý kiến Hôm nay (20/12/2026) là ngày cuối nhận góp ý.', canComment: true });
    expect(await stateAt('2026-12-21T00:05:00+07:00')).toEqual({
      status: 'Đã hết hạn lấy ý kiến Đã nhận góp ý đến hết ngày 20/12/2026.',
      canComment: false,
    });
  });

  it('refuses a build clock it cannot read, saying how to write it', { timeout: 120_000 }, async () => {
    const root = await prepareSite('consultation-clock-bad');
    const result = await buildSite(root, { PORTAL_BUILD_TIME: '21/12/2026' });
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      'PORTAL_BUILD_TIME="21/12/2026" không phải thời điểm hợp lệ: viết năm-tháng-ngàyTgiờ:phút kèm múi giờ, ví dụ 2026-12-21T00:05:00+07:00, hoặc bỏ biến này.',
    );
    expect(result.output).not.toMatch(/\n\s+at /);
  });
});
