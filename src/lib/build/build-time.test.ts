import { describe, expect, it } from 'vitest';
import { buildTime } from './build-time.ts';

describe('the build’s clock', () => {
  it('is now unless PORTAL_BUILD_TIME sets it', () => {
    const before = Date.now();
    expect(buildTime({}).getTime()).toBeGreaterThanOrEqual(before);
    expect(buildTime({ PORTAL_BUILD_TIME: '' }).getTime()).toBeGreaterThanOrEqual(before);
    expect(buildTime({ PORTAL_BUILD_TIME: '2026-12-21T00:05:00+07:00' }).toISOString()).toBe('2026-12-20T17:05:00.000Z');
    expect(buildTime({ PORTAL_BUILD_TIME: '2026-12-20T17:05Z' }).toISOString()).toBe('2026-12-20T17:05:00.000Z');
    expect(buildTime({ PORTAL_BUILD_TIME: '2026-12-20T17:05:00.125Z' }).toISOString()).toBe('2026-12-20T17:05:00.125Z');
  });

  it('refuses a time without its offset, or no time at all, saying how to write it', () => {
    for (const written of ['2026-12-21', '2026-12-21T00:05:00', '21/12/2026 0:05', '2026-13-40T00:00:00+07:00'])
      expect(() => buildTime({ PORTAL_BUILD_TIME: written })).toThrow(
        `PORTAL_BUILD_TIME="${written}" không phải thời điểm hợp lệ: viết năm-tháng-ngàyTgiờ:phút kèm múi giờ, ví dụ 2026-12-21T00:05:00+07:00, hoặc bỏ biến này.`,
      );
  });
});
