import { toVietnamDay } from '../vietnamese/dates.ts';

/**
 * When each file last changed, from git's history: the output of
 * `git log --format=%x1e%cI --name-only --no-renames --diff-filter=M --relative -- <paths>`, newest commit first
 * (a record per commit: its time, then the files it touched). A file's first appearance is its
 * latest change.
 */
export function parseFileHistory(log: string): Map<string, Date> {
  const changed = new Map<string, Date>();
  for (const record of log.split('\x1e')) {
    const [time, ...files] = record.split('\n').map((line) => line.trim());
    if (!time) continue;
    const date = new Date(time);
    if (Number.isNaN(date.getTime())) continue;
    for (const file of files) if (file && !changed.has(file)) changed.set(file, date);
  }
  return changed;
}

/**
 * The update a page shows ("Cập nhật lần cuối"): the file's last change when it falls on a later
 * day (Vietnam time) than the posting date. A change on the posting day is the posting itself,
 * and one before it is an article scheduled ahead.
 */
export function updatedAfter(posted: Date | string, changed: Date | undefined): Date | undefined {
  if (!changed) return undefined;
  const day = typeof posted === 'string' ? posted : toVietnamDay(posted);
  return toVietnamDay(changed) > day ? changed : undefined;
}
