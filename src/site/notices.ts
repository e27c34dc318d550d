import { getCollection, type CollectionEntry } from 'astro:content';
import { slugOf } from '../lib/content/files.ts';
import { currentNotices, type CheckedNotice } from '../lib/notices/check.ts';
import { urls } from '../lib/urls.ts';
import { toVietnamDay } from '../lib/vietnamese/dates.ts';
import { BUILD_TIME, getCheckedProject, PREVIEW } from './checked.ts';

/** A notice as pages show it. */
export interface Notice extends CheckedNotice {
  url: string;
  entry: CollectionEntry<'notices'>;
}

export interface NoticesModel {
  /** Published notices (drafts and scheduled ones too in dev preview), newest first. */
  notices: Notice[];
  /** The newest ones still current on the day of the build (Vietnam time), for the home page. */
  current: Notice[];
}

/** How many current notices the home page shows above the news. */
export const HOME_NOTICES = 3;

async function load(): Promise<NoticesModel> {
  const project = getCheckedProject();
  // A portal without notices has no collection: asking Astro for it would only log a warning.
  const entries = new Map((project.notices.length > 0 ? await getCollection('notices') : []).map((entry) => [slugOf(entry.filePath ?? entry.id), entry]));
  const notices = project.notices
    .filter((n) => PREVIEW || n.status === 'published')
    .map((n) => ({ ...n, url: urls.notice(n.slug), entry: entries.get(n.slug)! }));
  return { notices, current: currentNotices(notices, toVietnamDay(PREVIEW ? new Date() : BUILD_TIME), HOME_NOTICES) };
}

let model: Promise<NoticesModel> | undefined;

/** The notices, loaded once per build and shared by every page. */
export function getNotices(): Promise<NoticesModel> {
  if (PREVIEW) return load();
  return (model ??= load());
}
