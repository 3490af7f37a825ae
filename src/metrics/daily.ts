/**
 * Daily series shaped for a bar chart: every day of the period present (a day
 * the server left out counts zero), grouped into days, ISO weeks or calendar
 * months. Pure: no DOM, no Intl, no time zone (dates are calendar dates).
 */
import { MISSION_TYPES, type DailyResponse, type MissionType } from '../data/contract.js';

/** How many days a bar holds. */
export type Resolution = 'day' | 'week' | 'month';
/** The `resolution` attribute: a resolution, or `auto` to pick one from the period's length. */
export type ResolutionSetting = Resolution | 'auto';
export const RESOLUTION_SETTINGS: readonly ResolutionSetting[] = ['day', 'week', 'month', 'auto'];

/** `auto` draws one bar per day up to this many days (a quarter)… */
export const AUTO_DAY_LIMIT = 92;
/** …one per week up to this many (two years), one per month beyond. */
export const AUTO_WEEK_LIMIT = 730;

export function isResolutionSetting(value: string): value is ResolutionSetting {
  return (RESOLUTION_SETTINGS as readonly string[]).includes(value);
}

/** The resolution `auto` picks for a period of `days` days. */
export function autoResolution(days: number): Resolution {
  if (days <= AUTO_DAY_LIMIT) return 'day';
  if (days <= AUTO_WEEK_LIMIT) return 'week';
  return 'month';
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** The YYYY-MM-DD date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number of the Monday starting the ISO week of `day` (1970-01-01 was a Thursday). */
export function isoWeekStart(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** One bar: the days `start..end` (both inclusive, both inside the period). */
export interface Bucket {
  start: string;
  end: string;
  /** Number of days in the bucket (a partial first or last week or month has fewer). */
  days: number;
}

export interface BucketedSeries {
  resolution: Resolution;
  from: string;
  to: string;
  buckets: Bucket[];
  /** `values[s][b]`: series `s` summed over bucket `b`. */
  values: number[][];
  /** Dates of entries outside `from..to`: not drawn, not in any total; listed so the caller can report them. */
  outside: string[];
}

/**
 * Groups `entries` of the period `from..to` into buckets of `resolution`,
 * summing each series. Every day of the period is in exactly one bucket, so a
 * missing day is a zero; an entry outside the period is left out and listed in
 * `outside`; two entries for the same day are added (a count is never lost).
 * A week bucket is an ISO week (Monday to Sunday), a month bucket a calendar
 * month, both cut to the period: a partial first bucket starts on `from`.
 */
export function bucketSeries<E extends { date: string }>(
  from: string,
  to: string,
  setting: ResolutionSetting,
  entries: readonly E[],
  series: readonly ((entry: E) => number)[],
): BucketedSeries {
  const first = dayNumber(from);
  const length = Math.max(0, dayNumber(to) - first + 1);
  const resolution = setting === 'auto' ? autoResolution(length) : setting;
  const buckets: Bucket[] = [];
  // The bucket of each date of the period: entries find theirs by string, without parsing dates.
  const bucketOf = new Map<string, number>();
  // Walk the calendar with counters rather than Date objects: a three-year period is 1,095 steps.
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  let day = Number(from.slice(8, 10));
  let weekday = (((first + 3) % 7) + 7) % 7; // 0 = Monday
  let previous = from;
  for (let d = 0; d < length; d++) {
    const date = `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
    const opens = d === 0 || resolution === 'day' || (resolution === 'week' ? weekday === 0 : day === 1);
    if (opens) {
      const open = buckets[buckets.length - 1];
      if (open) open.end = previous;
      buckets.push({ start: date, end: date, days: 0 });
    }
    buckets[buckets.length - 1]!.days++;
    bucketOf.set(date, buckets.length - 1);
    previous = date;
    weekday = weekday === 6 ? 0 : weekday + 1;
    if (++day > daysInMonth(year, month)) {
      day = 1;
      if (++month > 12) {
        month = 1;
        year++;
      }
    }
  }
  const last = buckets[buckets.length - 1];
  if (last) last.end = previous;

  const values = series.map(() => new Array<number>(buckets.length).fill(0));
  const outside: string[] = [];
  for (const entry of entries) {
    const b = bucketOf.get(entry.date);
    if (b === undefined) {
      outside.push(entry.date);
      continue;
    }
    for (let s = 0; s < series.length; s++) values[s]![b]! += series[s]!(entry);
  }
  return { resolution, from, to, buckets, values, outside };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The `daily` resource by bucket, one series per mission type in type order. */
export interface DailyBuckets extends BucketedSeries {
  types: readonly MissionType[];
}

/** The `daily` resource grouped by `setting`, with its own `from..to` as the period. */
export function bucketDaily(response: DailyResponse, setting: ResolutionSetting): DailyBuckets {
  const bucketed = bucketSeries(
    response.from,
    response.to,
    setting,
    response.days,
    MISSION_TYPES.map((type) => (entry: DailyResponse['days'][number]) => entry.byType[type]),
  );
  return { ...bucketed, types: MISSION_TYPES };
}

/** Sum of every series over bucket `b`. */
export function bucketTotal(values: readonly (readonly number[])[], b: number): number {
  let total = 0;
  for (const row of values) total += row[b] ?? 0;
  return total;
}

/** Sum of one series over every bucket. */
export function seriesTotal(row: readonly number[]): number {
  let total = 0;
  for (const value of row) total += value;
  return total;
}
