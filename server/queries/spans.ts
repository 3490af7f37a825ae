import { dateToDays, type Period } from '../params.ts';

/** Highest span level kept in the rollups (server/migrations/002_rollups.sql): blocks of 2^9 = 512 days. */
export const MAX_SPAN_LEVEL = 9;

export interface Spans {
  /** Level of each block (block length 2^level days). */
  levels: number[];
  /** Index of each block at its level: day number >> level. */
  spans: number[];
}

/**
 * Splits a period (local calendar days, both ends included) into the fewest
 * aligned blocks of 2^level days, as the rollup tables key them: day number
 * `n` (days since 1970-01-01) lies in block `n >> level`. At most two blocks
 * per level, so a 1,100-day period is about twenty index ranges.
 */
export function periodSpans(period: Period): Spans {
  const levels: number[] = [];
  const spans: number[] = [];
  let day = dateToDays(period.from);
  const last = dateToDays(period.to);
  while (day <= last) {
    let level = 0;
    while (level < MAX_SPAN_LEVEL) {
      const size = 2 ** (level + 1);
      if (((day % size) + size) % size !== 0 || day + size - 1 > last) break;
      level++;
    }
    levels.push(level);
    spans.push(Math.floor(day / 2 ** level));
    day += 2 ** level;
  }
  return { levels, spans };
}

/** Postgres array literal of integers, bound as one parameter. */
export const intArray = (values: readonly number[]) => `{${values.join(',')}}`;
