import type { LeaderboardResponse } from '../../src/data/contract.ts';
import type { Queryable, SqlParam } from '../db.ts';
import type { Paging, Period } from '../params.ts';
import { countsByType, type CountsByTypeRow, type Merchant } from './merchant.ts';
import {
  ALL_CUSTOMERS,
  blockRanges,
  customerRanges,
  inCustomerOrder,
  intArray,
  periodSpans,
  type CustomerRange,
  type Spans,
} from './spans.ts';

/**
 * Deepest page end (page x pageSize) still split into customer ranges: each
 * range returns its first `page x pageSize` customers, so deeper pages (a CSV
 * export walking 100,000 customers) take one statement with OFFSET instead.
 */
export const SPLIT_MAX_ROWS = 5_000;

/** A row of one customer range: a histogram bucket (id null) or a top customer. */
interface RangeRow {
  total: number;
  customers: number | null;
  id: string | null;
}

interface DetailRow extends CountsByTypeRow {
  id: string;
  name: string;
  avatar: string | null;
}

/**
 * Customers ranked by validations in the period, descending; equal totals
 * share a rank (RANK()). Within a rank, customer id orders the rows so that
 * pages are stable. Per-customer counts come from the customer_span rollup.
 */
export async function leaderboard(
  db: Queryable,
  merchant: Merchant,
  query: Period & Paging,
): Promise<LeaderboardResponse> {
  const spans = periodSpans(query);
  const offset = (query.page - 1) * query.pageSize;
  const ranges =
    offset + query.pageSize <= SPLIT_MAX_ROWS ? await customerRanges(db, merchant.id) : [ALL_CUSTOMERS];
  // Ranking needs every customer's total but not a sort of every customer:
  // each range gives a histogram of its totals (a few dozen distinct values)
  // and its top customers; a rank is 1 + the customers with a larger total.
  const split = ranges.length > 1;
  const parts = await Promise.all(
    ranges.map((range) =>
      rangeRows(
        db,
        merchant,
        spans,
        range,
        split ? offset + query.pageSize : query.pageSize,
        split ? 0 : offset,
      ),
    ),
  );
  const histogram = new Map<number, number>();
  const candidates: { id: string; total: number }[] = [];
  for (const row of parts.flat()) {
    if (row.id === null) histogram.set(row.total, (histogram.get(row.total) ?? 0) + row.customers!);
    else candidates.push({ id: row.id, total: row.total });
  }
  const byId = (a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0);
  candidates.sort((a, b) => b.total - a.total || byId(a.id, b.id));
  const page = split ? candidates.slice(offset, offset + query.pageSize) : candidates;
  const rankOf = (total: number) => {
    let above = 0;
    for (const [other, customers] of histogram) if (other > total) above += customers;
    return 1 + above;
  };
  const details = new Map((await pageDetails(db, merchant, spans, page)).map((row) => [row.id, row]));
  return {
    items: page.map(({ id, total }) => {
      const row = details.get(id);
      // Validations reference customers (foreign key): a miss is a broken database, a 500.
      if (!row) throw new Error(`leaderboard: customer ${id} has span rows but no customer row`);
      return {
        rank: rankOf(total),
        customer: { id, name: row.name, avatar: row.avatar },
        total,
        byType: countsByType(row),
      };
    }),
    total: [...histogram.values()].reduce((sum, customers) => sum + customers, 0),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** One customer range: the histogram of totals, then its customers from `offset`, `limit` of them. */
function rangeRows(
  db: Queryable,
  merchant: Merchant,
  spans: Spans,
  range: CustomerRange,
  limit: number,
  offset: number,
): Promise<RangeRow[]> {
  // The totals come out of a merge of the blocks in customer order (spans.ts);
  // the customers are a top-N (ORDER BY ... LIMIT), not a sort of all of them.
  const params: SqlParam[] = [merchant.id, limit, offset];
  const rows = inCustomerOrder(
    blockRanges(
      spans,
      params,
      'SELECT customer_id, validations FROM customer_span WHERE merchant_id = $1::bigint',
      range,
    ),
  );
  return db.query<RangeRow>(
    `WITH per_customer AS MATERIALIZED (
       SELECT customer_id, sum(validations)::int AS total FROM (${rows}) AS u GROUP BY customer_id
     )
     SELECT total, count(*)::int AS customers, NULL::text AS id FROM per_customer GROUP BY total
     UNION ALL
     (SELECT total, NULL, customer_id::text FROM per_customer
       ORDER BY total DESC, customer_id LIMIT $2::int OFFSET $3::int)`,
    params,
  );
}

/** Name, avatar and counts by type of the page's customers (at most a page of look-ups). */
function pageDetails(
  db: Queryable,
  merchant: Merchant,
  spans: Spans,
  page: readonly { id: string }[],
): Promise<DetailRow[]> {
  if (page.length === 0) return Promise.resolve([]);
  return db.query<DetailRow>(
    `SELECT c.id::text AS id, c.name, c.avatar_url AS avatar, t.classic, t.content, t.review, t.engagement
       FROM unnest($2::bigint[]) AS p(id)
       JOIN customers c ON c.merchant_id = $1::bigint AND c.id = p.id
      CROSS JOIN LATERAL (
        SELECT sum(s.classic)::int AS classic, sum(s.content)::int AS content,
               sum(s.review)::int AS review, sum(s.engagement)::int AS engagement
          FROM unnest($3::int[], $4::int[]) AS b(level, span)
          JOIN customer_span s ON s.merchant_id = $1::bigint AND s.level = b.level AND s.span = b.span
                              AND s.customer_id = p.id
      ) AS t`,
    [merchant.id, `{${page.map((row) => row.id).join(',')}}`, intArray(spans.levels), intArray(spans.spans)],
  );
}
