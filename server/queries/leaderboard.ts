import type { LeaderboardResponse } from '../../src/data/contract.ts';
import type { Queryable, SqlParam } from '../db.ts';
import type { Paging, Period } from '../params.ts';
import { countsByType, type CountsByTypeRow, type Merchant } from './merchant.ts';
import { engagedCustomers } from './summary.ts';
import { blockRanges, inCustomerOrder, intArray, periodSpans } from './spans.ts';

interface LeaderRow extends CountsByTypeRow {
  rank: number;
  id: string;
  name: string;
  avatar: string | null;
  total: number;
  ranked: number;
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
  // Ranking needs every customer's total but not a sort of every customer:
  // the totals come out of a merge of the blocks in customer order
  // (spans.ts), the page is a top-N (ORDER BY ... LIMIT), and a rank is 1 +
  // the number of customers with a larger total, read from a histogram of
  // totals (a few dozen distinct values). Counts by type only for the page.
  const params: SqlParam[] = [
    merchant.id,
    intArray(spans.levels),
    intArray(spans.spans),
    query.pageSize,
    (query.page - 1) * query.pageSize,
  ];
  const rows = inCustomerOrder(
    blockRanges(
      spans,
      params,
      'SELECT customer_id, validations FROM customer_span WHERE merchant_id = $1::bigint',
    ),
  );
  const page = await db.query<LeaderRow>(
    `WITH per_customer AS MATERIALIZED (
       SELECT customer_id, sum(validations)::int AS total FROM (${rows}) AS u GROUP BY customer_id
     ), histogram AS MATERIALIZED (
       SELECT total, count(*)::int AS customers FROM per_customer GROUP BY total
     ), page AS (
       SELECT * FROM per_customer ORDER BY total DESC, customer_id LIMIT $4::int OFFSET $5::int
     ), ranked AS (
       SELECT p.*,
              1 + coalesce((SELECT sum(h.customers) FROM histogram h WHERE h.total > p.total), 0)::int AS rank,
              (SELECT sum(h.customers) FROM histogram h)::int AS ranked
         FROM page p
     )
     SELECT r.rank, r.customer_id::text AS id, c.name, c.avatar_url AS avatar, r.total, r.ranked,
            t.classic, t.content, t.review, t.engagement
       FROM ranked r
       JOIN customers c ON c.merchant_id = $1::bigint AND c.id = r.customer_id
       CROSS JOIN LATERAL (
         SELECT sum(s.classic)::int AS classic, sum(s.content)::int AS content,
                sum(s.review)::int AS review, sum(s.engagement)::int AS engagement
           FROM unnest($2::int[], $3::int[]) AS b(level, span)
           JOIN customer_span s ON s.merchant_id = $1::bigint AND s.level = b.level AND s.span = b.span
                               AND s.customer_id = r.customer_id
       ) AS t
      ORDER BY r.total DESC, r.customer_id`,
    params,
  );
  let total = page[0]?.ranked ?? 0;
  // A page past the end carries no row to read the total from.
  if (page.length === 0 && query.page > 1) total = await engagedCustomers(db, merchant, spans);
  return {
    items: page.map((row) => ({
      rank: row.rank,
      customer: { id: row.id, name: row.name, avatar: row.avatar },
      total: row.total,
      byType: countsByType(row),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
