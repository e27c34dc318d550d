/** The variable that sets the build's clock: to see the site as it will be on a day, and for tests. */
export const BUILD_TIME_VARIABLE = 'PORTAL_BUILD_TIME';

/**
 * The instant a build publishes at: now, or the one `PORTAL_BUILD_TIME` gives (an ISO time with
 * its offset, e.g. `2026-12-21T00:05:00+07:00`). Everything that depends on the day (scheduled
 * articles, current notices, a consultation's state) reads this one instant.
 */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
  const written = env[BUILD_TIME_VARIABLE];
  if (written === undefined || written === '') return new Date();
  const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(written) ? new Date(written) : new Date(NaN);
  if (Number.isNaN(time.getTime()))
    throw new Error(
      `${BUILD_TIME_VARIABLE}="${written}" không phải thời điểm hợp lệ: viết năm-tháng-ngàyTgiờ:phút kèm múi giờ, ví dụ 2026-12-21T00:05:00+07:00, hoặc bỏ biến này.`,
    );
  return time;
}
