import type { Queryable, SqlParam } from '../db.ts';
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

/** Customer ids `from <= id < to`; a null bound is open. */
export interface CustomerRange {
  from: string | null;
  to: string | null;
}

/** Every customer: the range of a statement that is not split. */
export const ALL_CUSTOMERS: CustomerRange = { from: null, to: null };

/**
 * The merchant's customer ids cut into `parts` ranges of equal width between
 * its smallest and largest id (two probes of customers_pkey), the outer
 * bounds left open. A per-customer resource runs one statement per range
 * side by side on a pool and adds the partial results up: customers are
 * disjoint between ranges, so counts and sums add exactly. Equal widths
 * balance the work when ids are spread evenly (sequential ids, as the seed writes);
 * uneven ranges cost time, never correctness.
 */
export async function customerRanges(
  db: Queryable,
  merchantId: string,
  parts = db.parallelism ?? 1,
): Promise<CustomerRange[]> {
  if (parts <= 1) return [ALL_CUSTOMERS];
  const [bounds] = await db.query<{ low: string | null; high: string | null }>(
    'SELECT min(id)::text AS low, max(id)::text AS high FROM customers WHERE merchant_id = $1::bigint',
    [merchantId],
  );
  if (!bounds?.low || !bounds.high) return [ALL_CUSTOMERS];
  return splitCustomerIds(BigInt(bounds.low), BigInt(bounds.high), parts);
}

/** `parts` contiguous ranges of equal width over [low, high], outer bounds open; one open range if too narrow. */
export function splitCustomerIds(low: bigint, high: bigint, parts: number): CustomerRange[] {
  const width = (high - low + 1n) / BigInt(Math.max(1, parts));
  if (parts <= 1 || width <= 0n) return [ALL_CUSTOMERS];
  const cuts = Array.from({ length: parts - 1 }, (_, i) => String(low + width * BigInt(i + 1)));
  return [null, ...cuts].map((from, i) => ({ from, to: cuts[i] ?? null }));
}

/**
 * The rollup rows of a period's blocks as parenthesised UNION ALL branches,
 * one index range per block, each in customer_id order (the last column of
 * every span rollup's key). `select` is a SELECT ... WHERE reading one span
 * table, to which the block's `level = $n AND span = $m` (and the customer
 * range's bounds, also part of the index range) are added; their values are
 * appended to `params`. Glue branches with {@link inCustomerOrder}.
 */
export function blockRanges(
  spans: Spans,
  params: SqlParam[],
  select: string,
  customers: CustomerRange = ALL_CUSTOMERS,
): string[] {
  const bound = (operator: '>=' | '<', value: string | null) => {
    if (value === null) return '';
    params.push(value);
    return ` AND customer_id ${operator} $${params.length}::bigint`;
  };
  const range = bound('>=', customers.from) + bound('<', customers.to);
  return spans.levels.map((level, i) => {
    params.push(level, spans.spans[i]!);
    const levelParam = params.length - 1;
    return `(${select} AND level = $${levelParam}::smallint AND span = $${levelParam + 1}::int${range}
        ORDER BY customer_id)`;
  });
}

/**
 * Branches from {@link blockRanges} as one row source in customer_id order,
 * to use as FROM (...) AS u. With every branch already sorted, the planner
 * merges them (Merge Append) and groups or de-duplicates customers as they
 * stream past. The earlier join of the tables to unnest(levels, spans)
 * made it hash every customer instead (estimated at a few hundred groups,
 * 40,000 real at 30 days on the benchmark data): leaderboard's sums took 42
 * against 30 ms (server/README.md, "Latency").
 */
export const inCustomerOrder = (branches: readonly string[]) =>
  // One branch is already in order; a second ORDER BY on it is a syntax error.
  branches.length === 1
    ? branches[0]!
    : `${branches.join('\n       UNION ALL ')}\n       ORDER BY customer_id`;
