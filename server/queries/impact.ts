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
  // One pass: the span rows of validations and of orders, grouped by customer
  // once (k, orders, revenue per customer). Buyers without a validation land
  // in row 0 unless enrolled after \`to\`: those are a handful found through
  // customers_enrolled_idx and hash-joined, not one look-up per buyer.
  const rows = await db.query<{
    k: number;
    customers: number;
    late: number;
    orders: number;
    revenue: number;
    enrolled: number;
  }>(
    `WITH blocks AS (
       SELECT * FROM unnest($2::int[], $7::int[]) AS b(level, span)
     ), late AS (
       SELECT id FROM customers
        WHERE merchant_id = $1::bigint AND enrolled_at >= ($3::date + 1)::timestamp AT TIME ZONE $4
     ), per_customer AS (
       SELECT u.customer_id, sum(u.validations) AS k, sum(u.orders) AS orders, sum(u.revenue) AS revenue
         FROM (SELECT s.customer_id, s.validations, 0 AS orders, 0::numeric AS revenue
                 FROM blocks b
                 JOIN customer_span s ON s.merchant_id = $1::bigint AND s.level = b.level AND s.span = b.span
               UNION ALL
               SELECT s.customer_id, 0, s.orders, s.revenue
                 FROM blocks b
                 JOIN customer_order_span s
                   ON s.merchant_id = $1::bigint AND s.currency = $6 AND s.level = b.level AND s.span = b.span
                ORDER BY 1) AS u
        GROUP BY u.customer_id
     ), flagged AS (
       SELECT CASE WHEN p.k = 0 THEN 0 ELSE least(p.k, $5::int) END AS k, p.orders, p.revenue,
              l.id IS NOT NULL AS late
         FROM per_customer p LEFT JOIN late l ON l.id = p.customer_id
     )
     SELECT k::int AS k, count(*) FILTER (WHERE k > 0)::int AS customers,
            count(*) FILTER (WHERE k > 0 AND late)::int AS late,
            coalesce(sum(orders) FILTER (WHERE k > 0 OR NOT late), 0)::int AS orders,
            coalesce(sum(revenue) FILTER (WHERE k > 0 OR NOT late), 0)::float8 AS revenue,
            (SELECT coalesce(sum(customers), 0) FROM enrolment_daily
              WHERE merchant_id = $1::bigint AND day <= $3::date)::int AS enrolled
       FROM flagged
      GROUP BY k`,
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
  // Row 0: enrolled by \`to\` (the per-day rollup, migrations/004_enrolment_daily.sql,
  // not a scan of the customers), minus the engaged ones enrolled by then.
  let enrolled = rows[0]?.enrolled;
  if (enrolled === undefined) {
    const [counted] = await db.query<{ enrolled: number }>(
      `SELECT coalesce(sum(customers), 0)::int AS enrolled FROM enrolment_daily
        WHERE merchant_id = $1::bigint AND day <= $2::date`,
      [merchant.id, query.to],
    );
    enrolled = counted?.enrolled ?? 0;
  }
  const engagedByThen = rows.reduce((sum, row) => sum + row.customers - row.late, 0);
  const byK = new Map(rows.map((row) => [row.k, row]));
  const zero = byK.get(0);
  byK.set(0, {
    k: 0,
    customers: enrolled - engagedByThen,
    late: 0,
    orders: zero?.orders ?? 0,
    revenue: zero?.revenue ?? 0,
    enrolled,
  });
  return {
    currency: merchant.currency,
    rows: Array.from({ length: query.maxK + 1 }, (_, k) => {
      const row = byK.get(k);
      return { k, customers: row?.customers ?? 0, orders: row?.orders ?? 0, revenue: row?.revenue ?? 0 };
    }),
  };
}
