import type { ImpactResponse } from '../../src/data/contract.ts';
import type { Queryable } from '../db.ts';
import type { ImpactQuery } from '../params.ts';
import type { Merchant } from './merchant.ts';
import { intArray, periodSpans } from './spans.ts';

/**
 * Customers, orders and revenue per number k of missions validated in the
 * period. Row 0 is the baseline: customers enrolled on or before `to` with no
 * validation in the period. The last row, k = maxK, means "maxK or more".
 * Orders count when dated in the period and in the merchant's currency.
 * Per-customer figures come from the span rollups (migrations/002_rollups.sql).
 */
export async function impact(db: Queryable, merchant: Merchant, query: ImpactQuery): Promise<ImpactResponse> {
  const spans = periodSpans(query);
  const rows = await db.query<{ k: number; customers: number; orders: number; revenue: number }>(
    `WITH blocks AS (
       SELECT * FROM unnest($2::int[], $7::int[]) AS b(level, span)
     ), done AS (
       SELECT s.customer_id, sum(s.validations) AS k
         FROM blocks b
         JOIN customer_span s ON s.merchant_id = $1::bigint AND s.level = b.level AND s.span = b.span
        GROUP BY s.customer_id
     ), population AS (
       SELECT c.id AS customer_id, least(coalesce(done.k, 0), $5::int) AS k
         FROM customers c
         LEFT JOIN done ON done.customer_id = c.id
        WHERE c.merchant_id = $1::bigint
          AND (done.k IS NOT NULL OR c.enrolled_at < ($3::date + 1)::timestamp AT TIME ZONE $4)
     ), bought AS (
       SELECT s.customer_id, sum(s.orders) AS orders, sum(s.revenue) AS revenue
         FROM blocks b
         JOIN customer_order_span s
           ON s.merchant_id = $1::bigint AND s.currency = $6 AND s.level = b.level AND s.span = b.span
        GROUP BY s.customer_id
     )
     SELECT p.k::int AS k, count(*)::int AS customers,
            coalesce(sum(b.orders), 0)::int AS orders, coalesce(sum(b.revenue), 0)::float8 AS revenue
       FROM population p
       LEFT JOIN bought b ON b.customer_id = p.customer_id
      GROUP BY p.k
      ORDER BY p.k`,
    [
      merchant.id,
      intArray(spans.levels),
      query.to,
      merchant.timeZone,
      query.maxK,
      merchant.currency,
      intArray(spans.spans),
    ],
  );
  const byK = new Map(rows.map((row) => [row.k, row]));
  return {
    currency: merchant.currency,
    rows: Array.from({ length: query.maxK + 1 }, (_, k) => {
      const row = byK.get(k);
      return { k, customers: row?.customers ?? 0, orders: row?.orders ?? 0, revenue: row?.revenue ?? 0 };
    }),
  };
}
