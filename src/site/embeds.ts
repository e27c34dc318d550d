import type { GroupResults } from '../lib/results/compute.ts';
import type { Tier, Unit } from '../lib/results/types.ts';
import { urls } from '../lib/urls.ts';
import { getCheckedProject } from './checked.ts';
import { getDocuments, type Attachment } from './documents.ts';
import { getResults, type NationalIndex, type UnitYear } from './results.ts';

/**
 * What each article component (src/components/embeds/, SPEC 12) shows, from the same model the
 * results and document pages use. The components render exactly this, and an article's cache
 * key holds it (`embedKey`), so a changed score or document re-renders every article quoting it.
 * The check has made sure each name exists; a use that finds nothing is a bug, not an editor's slip.
 */
export type EmbedData =
  | { name: 'ChiSo'; unit: Unit; year: UnitYear; unitUrl: string }
  | { name: 'XepLoai'; year: number; group: GroupResults; illustrative: boolean }
  | { name: 'BangXepHang'; year: number; group: GroupResults; shown: number; yearUrl: string; illustrative: boolean }
  | { name: 'BieuDo'; chart: 'unit'; unit: Unit; history: UnitYear[]; unitUrl: string; illustrative: boolean }
  | { name: 'BieuDo'; chart: 'group'; year: number; group: GroupResults; tiers: Tier[]; yearUrl: string; illustrative: boolean }
  | { name: 'BieuDo'; chart: 'national'; index: NationalIndex; province: string; overviewUrl: string }
  | { name: 'VanBan'; number: string; document?: { title: string; type: string; issued: string; url: string; attachments: Attachment[] } };

function missing(name: string, props: Record<string, string>): never {
  throw new Error(`${name} ${JSON.stringify(props)}: not in the checked data`);
}

function yearAndGroup(props: Record<string, string>) {
  const year = getResults().years.find((y) => y.year === Number(props.nam));
  const group = year?.groups.find((g) => g.group.id === props.nhom);
  return year && group ? { year, group } : undefined;
}

export async function embedData(name: string, props: Record<string, string>): Promise<EmbedData> {
  const results = getResults();
  switch (name) {
    case 'ChiSo': {
      const unit = results.unitById.get(props.donVi);
      const year = results.historyOf(props.donVi).find((h) => h.year === Number(props.nam));
      return unit && year ? { name, unit, year, unitUrl: urls.unit(unit.id) } : missing(name, props);
    }
    case 'XepLoai': {
      const found = yearAndGroup(props) ?? missing(name, props);
      return { name, year: found.year.year, group: found.group, illustrative: found.year.illustrative };
    }
    case 'BangXepHang': {
      const found = yearAndGroup(props) ?? missing(name, props);
      const shown = props.top ? Math.min(Number(props.top), found.group.count) : found.group.count;
      return { name, year: found.year.year, group: found.group, shown, yearUrl: urls.resultsYear(found.year.year), illustrative: found.year.illustrative };
    }
    case 'BieuDo': {
      if (props.donVi) {
        const unit = results.unitById.get(props.donVi) ?? missing(name, props);
        const history = results.historyOf(unit.id);
        return { name, chart: 'unit', unit, history, unitUrl: urls.unit(unit.id), illustrative: history.some((h) => h.illustrative) };
      }
      if (props.chiSo) {
        const index = results.national.find((n) => n.id === props.chiSo) ?? missing(name, props);
        return { name, chart: 'national', index, province: getCheckedProject().config!.province, overviewUrl: urls.results };
      }
      const found = yearAndGroup(props) ?? missing(name, props);
      const { year, group } = found;
      return { name, chart: 'group', year: year.year, group, tiers: year.tiers, yearUrl: urls.resultsYear(year.year), illustrative: year.illustrative };
    }
    case 'VanBan': {
      const doc = (await getDocuments()).byNumber(props.so);
      // A document still in draft is named, not linked: it has no page yet.
      return {
        name,
        number: doc?.number ?? props.so,
        document: doc && { title: doc.title, type: doc.type, issued: doc.issued, url: doc.url, attachments: doc.attachments },
      };
    }
    default:
      return missing(name, props);
  }
}

/** What an article's components show, as a part of its page key. */
export function embedKey(uses: ReadonlyArray<{ name: string; props: Record<string, string> }>): Promise<EmbedData[]> {
  return Promise.all(uses.map((use) => embedData(use.name, use.props)));
}
