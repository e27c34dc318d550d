import { formatDay } from '../vietnamese/dates.ts';

/** Where a consultation stands on a day: not yet open, taking comments, or closed. */
export type ConsultationState = { state: 'upcoming'; daysToOpen: number } | { state: 'open'; daysLeft: number } | { state: 'closed' };

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/**
 * A consultation's state on `today` (a Vietnam day, YYYY-MM-DD): open from the start of `opens`
 * to the end of `closes`. `daysLeft` counts today: 1 on the closing day.
 */
export function consultationState({ opens, closes }: { opens: string; closes: string }, today: string): ConsultationState {
  if (today < opens) return { state: 'upcoming', daysToOpen: dayNumber(opens) - dayNumber(today) };
  if (today <= closes) return { state: 'open', daysLeft: dayNumber(closes) - dayNumber(today) + 1 };
  return { state: 'closed' };
}

/** The state as readers see it: "Đang lấy ý kiến", and when it ends. */
export function stateLabel(state: ConsultationState): string {
  if (state.state === 'upcoming') return 'Sắp lấy ý kiến';
  if (state.state === 'open') return 'Đang lấy ý kiến';
  return 'Đã hết hạn lấy ý kiến';
}

/** A line under the label: how long is left, or when it opens or closed. */
export function stateDetail(state: ConsultationState, { opens, closes }: { opens: string; closes: string }): string {
  if (state.state === 'upcoming') return `Bắt đầu nhận góp ý từ ngày ${formatDay(opens)}, hết ngày ${formatDay(closes)}.`;
  if (state.state === 'open')
    return state.daysLeft === 1
      ? `Hôm nay (${formatDay(closes)}) là ngày cuối nhận góp ý.`
      : `Còn ${state.daysLeft} ngày, nhận góp ý đến hết ngày ${formatDay(closes)}.`;
  return `Đã nhận góp ý đến hết ngày ${formatDay(closes)}.`;
}
