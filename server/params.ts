/**
 * Query-parameter parsing. Every parameter is checked here, before any SQL
 * runs: a bad value becomes a 400 problem naming the parameter, and the SQL
 * only ever receives validated values as bound parameters.
 */
import { isCalendarDate, MISSION_SORTS, MISSION_TYPES } from '../src/data/contract.ts';
import type { MissionSort, MissionType } from '../src/data/contract.ts';
import { invalidParameter, notFound } from './problem.ts';

/** Longest period accepted, in days (both ends inclusive): three years and a bit. */
export const MAX_PERIOD_DAYS = 1100;
/** Dates outside this window are rejected (keeps date arithmetic and to_char sane). */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '9999-12-30';
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Deep pages are pointless for a dashboard and cost a big OFFSET. */
export const MAX_PAGE = 100_000;
export const MAX_IMPACT_K = 20;
export const DEFAULT_IMPACT_K = 5;

const DAY_MS = 86_400_000;

export interface Period {
  from: string;
  to: string;
}

export function dateToDays(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

export function daysToDate(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** Number of days of a period, both ends included. */
export function periodLength(period: Period): number {
  return dateToDays(period.to) - dateToDays(period.from) + 1;
}

/** Same number of days, ending the day before `from` (SPEC §1). */
export function previousPeriod(period: Period): Period {
  const from = dateToDays(period.from);
  const length = periodLength(period);
  return { from: daysToDate(from - length), to: daysToDate(from - 1) };
}

/** The single value of a parameter; repeated parameters are ambiguous, so rejected. */
function single(query: URLSearchParams, name: string): string | undefined {
  const values = query.getAll(name);
  if (values.length > 1) throw invalidParameter(name, 'must be given once');
  return values[0];
}

function parseDate(query: URLSearchParams, name: string): string {
  const value = single(query, name);
  if (value === undefined || value === '') throw invalidParameter(name, 'is required (YYYY-MM-DD)');
  if (!isCalendarDate(value)) throw invalidParameter(name, 'must be a real calendar date YYYY-MM-DD');
  if (value < MIN_DATE || value > MAX_DATE) {
    throw invalidParameter(name, `must be between ${MIN_DATE} and ${MAX_DATE}`);
  }
  return value;
}

export function parsePeriod(query: URLSearchParams): Period {
  const from = parseDate(query, 'from');
  const to = parseDate(query, 'to');
  if (from > to) throw invalidParameter('from', `must not be after to (${from} > ${to})`);
  const period = { from, to };
  if (periodLength(period) > MAX_PERIOD_DAYS) {
    throw invalidParameter('to', `the period must be at most ${MAX_PERIOD_DAYS} days long`);
  }
  return period;
}

function parseInteger(
  query: URLSearchParams,
  name: string,
  { min, max, fallback }: { min: number; max: number; fallback: number },
): number {
  const value = single(query, name);
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value)) throw invalidParameter(name, `must be an integer from ${min} to ${max}`);
  const number = Number(value);
  if (number < min || number > max) throw invalidParameter(name, `must be an integer from ${min} to ${max}`);
  return number;
}

export interface Paging {
  page: number;
  pageSize: number;
}

export function parsePaging(query: URLSearchParams): Paging {
  return {
    page: parseInteger(query, 'page', { min: 1, max: MAX_PAGE, fallback: 1 }),
    pageSize: parseInteger(query, 'pageSize', { min: 1, max: MAX_PAGE_SIZE, fallback: DEFAULT_PAGE_SIZE }),
  };
}

export interface MissionsQuery extends Period, Paging {
  type: MissionType | null;
  sort: MissionSort;
}

export function parseMissionsQuery(query: URLSearchParams): MissionsQuery {
  const period = parsePeriod(query);
  const type = single(query, 'type');
  if (type !== undefined && !(MISSION_TYPES as readonly string[]).includes(type)) {
    throw invalidParameter('type', `must be one of ${MISSION_TYPES.join(', ')}`);
  }
  const sort = single(query, 'sort') ?? 'popularity-desc';
  if (!(MISSION_SORTS as readonly string[]).includes(sort)) {
    throw invalidParameter('sort', `must be one of ${MISSION_SORTS.join(', ')}`);
  }
  return {
    ...period,
    ...parsePaging(query),
    type: (type as MissionType | undefined) ?? null,
    sort: sort as MissionSort,
  };
}

export interface ImpactQuery extends Period {
  maxK: number;
}

export function parseImpactQuery(query: URLSearchParams): ImpactQuery {
  return {
    ...parsePeriod(query),
    maxK: parseInteger(query, 'maxK', { min: 1, max: MAX_IMPACT_K, fallback: DEFAULT_IMPACT_K }),
  };
}

/** Mission ids are positive bigints; anything else cannot name a mission → 404. */
export function parseMissionId(segment: string): string {
  let id: string;
  try {
    id = decodeURIComponent(segment);
  } catch {
    throw notFound('no such mission');
  }
  if (!/^[1-9]\d{0,17}$/.test(id)) throw notFound(`no mission with id ${JSON.stringify(id.slice(0, 40))}`);
  return id;
}
