import type { Resolution } from '../metrics/daily.js';

const DAY_MS = 86_400_000;
const WEEK_STRIDES = [1, 2, 4, 8, 13, 26, 52, 104];
const MONTH_STRIDES = [1, 2, 3, 6, 12, 24, 60, 120];

/**
 * Which bars get a date label on the x axis, so that labels stay at least
 * `minSpacing` pixels apart when bars are `step` pixels apart. Labels fall on
 * calendar landmarks when they are thinned: Mondays, then the first of a
 * month (every 1, 2, 3, 6 or 12 months) for days; every k-th week; months
 * aligned on quarters, halves or years. `starts` are the bars' first days
 * (YYYY-MM-DD). Returns indices in increasing order; at least one when there
 * are bars. Pure.
 */
export function timeTicks(
  starts: readonly string[],
  resolution: Resolution,
  step: number,
  minSpacing: number,
): number[] {
  const count = starts.length;
  if (count === 0) return [];
  if (!(step > 0)) return [0];
  const need = Math.max(1, Math.ceil(minSpacing / step - 1e-9));
  const all = starts.map((_, i) => i);
  let ticks: number[];
  if (resolution === 'week') {
    const stride = pick(WEEK_STRIDES, (k) => k >= need);
    ticks = stride === undefined ? [] : all.filter((i) => i % stride === 0);
  } else if (resolution === 'month') {
    const stride = pick(MONTH_STRIDES, (k) => k >= need);
    ticks = stride === undefined ? [] : all.filter((i) => monthIndex(starts[i]!) % stride === 0);
  } else if (need <= 2) {
    ticks = all.filter((i) => i % need === 0);
  } else if (need <= 7) {
    ticks = all.filter((i) => weekday(starts[i]!) === 1);
  } else if (need <= 14) {
    ticks = all.filter((i) => weekday(starts[i]!) === 1 && weekNumber(starts[i]!) % 2 === 0);
  } else {
    // The shortest month has 28 days: that bounds the spacing of month starts from below.
    const stride = pick(MONTH_STRIDES, (k) => k * 28 >= need);
    ticks =
      stride === undefined
        ? []
        : all.filter((i) => starts[i]!.endsWith('-01') && monthIndex(starts[i]!) % stride === 0);
  }
  return ticks.length > 0 ? ticks : [0];
}

function pick(strides: readonly number[], fits: (stride: number) => boolean): number | undefined {
  return strides.find(fits);
}

/** Months since year 0 (January of a year is a multiple of 12). */
function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Weeks since the Monday 1970-01-05: consecutive Mondays alternate parity. */
function weekNumber(date: string): number {
  return Math.floor((Date.parse(`${date}T00:00:00Z`) / DAY_MS - 4) / 7);
}
