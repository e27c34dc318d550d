/**
 * A few pages of each kind the site has, found in the built site itself: pages are grouped by
 * their address with everything after the first folder as a wildcard (`/tin-tuc/*` holds the
 * news pages and articles, `/chi-so-cchc/*` the years), and the first two of each are taken.
 */
export function samplePages(files: readonly string[], perKind = 2): string[] {
  const kinds = new Map<string, string[]>();
  for (const file of [...files].sort()) {
    if (!file.endsWith('.html') || file.startsWith('admin/')) continue;
    const path = `/${file}`.replace(/index\.html$/, '');
    const parts = path.split('/').filter(Boolean);
    const kind = `${parts[0] ?? ''}/${parts.length > 1 ? '*'.repeat(Math.min(parts.length - 1, 3)) : ''}`;
    const pages = kinds.get(kind) ?? [];
    if (pages.length < perKind) kinds.set(kind, [...pages, path]);
  }
  return [...kinds.values()].flat();
}
