import { isCalendarDate } from './contract.js';

/** A period of calendar dates, both inclusive, written YYYY-MM-DD. */
export interface Period {
  from: string;
  to: string;
}

const DAY = 86_400_000;

function toDayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** `date` moved by `days` (negative goes back). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Number of days in the period, both ends included. */
export function periodLength({ from, to }: Period): number {
  return toDayNumber(to) - toDayNumber(from) + 1;
}

/** The previous period: as many days, ending the day before `from` (SPEC §1). */
export function previousPeriod(period: Period): Period {
  const days = periodLength(period);
  return { from: addDays(period.from, -days), to: addDays(period.from, -1) };
}

/** Today's calendar date in the browser's time zone, YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The last `days` days ending on `today`. */
export function lastDays(days: number, today: string): Period {
  return { from: addDays(today, -(days - 1)), to: today };
}

/**
 * Checks a period given as attributes. Returns a readable problem, or undefined
 * when it is fine. Missing ends are allowed (they default), malformed ones are not.
 */
export function periodProblem(from: string | undefined, to: string | undefined): string | undefined {
  if (from !== undefined && !isCalendarDate(from)) return `from must be a date YYYY-MM-DD, got "${from}"`;
  if (to !== undefined && !isCalendarDate(to)) return `to must be a date YYYY-MM-DD, got "${to}"`;
  if (from !== undefined && to !== undefined && from > to) return `from (${from}) is after to (${to})`;
  return undefined;
}

/**
 * The period an element shows: both ends when given, else 30 days ending on
 * `to` (or today), or starting on `from`. Empty or malformed ends count as missing.
 */
export function resolvePeriod(from: string | undefined, to: string | undefined, today: string): Period {
  // Malformed ends are reported by periodProblem(); here they count as missing so rendering never throws.
  const start = from && isCalendarDate(from) ? from : undefined;
  const end = to && isCalendarDate(to) ? to : undefined;
  if (start && end) return { from: start, to: end };
  if (start) return { from: start, to: addDays(start, 29) };
  return lastDays(30, end ?? today);
}
