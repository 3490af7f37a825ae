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
     ), bought AS (
       SELECT s.customer_id, sum(s.orders) AS orders, sum(s.revenue) AS revenue
         FROM blocks b
         JOIN customer_order_span s
           ON s.merchant_id = $1::bigint AND s.currency = $6 AND s.level = b.level AND s.span = b.span
        GROUP BY s.customer_id
     ), engaged AS (
       SELECT least(d.k, $5::int) AS k, count(*) AS customers, sum(b.orders) AS orders, sum(b.revenue) AS revenue
         FROM done d LEFT JOIN bought b ON b.customer_id = d.customer_id
        GROUP BY 1
     ), baseline AS (
       -- Row 0 without reading every customer: enrolled by \`to\`, minus the
       -- engaged ones enrolled by then (all engaged minus those enrolled later).
       SELECT 0 AS k,
              (SELECT count(*) FROM customers
                WHERE merchant_id = $1::bigint AND enrolled_at < ($3::date + 1)::timestamp AT TIME ZONE $4)
            - (SELECT count(*) FROM done)
            + (SELECT count(*) FROM customers c JOIN done d ON d.customer_id = c.id
                WHERE c.merchant_id = $1::bigint AND c.enrolled_at >= ($3::date + 1)::timestamp AT TIME ZONE $4)
              AS customers,
              sum(b.orders) AS orders, sum(b.revenue) AS revenue
         FROM bought b
         JOIN customers c ON c.merchant_id = $1::bigint AND c.id = b.customer_id
        WHERE c.enrolled_at < ($3::date + 1)::timestamp AT TIME ZONE $4
          AND NOT EXISTS (SELECT 1 FROM done d WHERE d.customer_id = b.customer_id)
     )
     SELECT k::int AS k, customers::int AS customers,
            coalesce(orders, 0)::int AS orders, coalesce(revenue, 0)::float8 AS revenue
       FROM (SELECT * FROM baseline UNION ALL SELECT * FROM engaged) AS figures
      ORDER BY k`,
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
