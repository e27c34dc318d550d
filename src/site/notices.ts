import type { CollectionEntry } from 'astro:content';
import { currentNotices, type CheckedNotice } from '../lib/notices/check.ts';
import { urls } from '../lib/urls.ts';
import { toVietnamDay } from '../lib/vietnamese/dates.ts';
import { BUILD_TIME, getCheckedProject, PREVIEW } from './checked.ts';
import { oncePerBuild, publishedWithEntries } from './items.ts';

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

/** The notices, loaded once per build and shared by every page. */
export const getNotices = oncePerBuild(async (): Promise<NoticesModel> => {
  const notices = (await publishedWithEntries('notices', getCheckedProject().notices)).map((n) => ({ ...n, url: urls.notice(n.slug) }));
  return { notices, current: currentNotices(notices, toVietnamDay(PREVIEW ? new Date() : BUILD_TIME), HOME_NOTICES) };
});
