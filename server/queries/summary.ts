import type { SummaryResponse } from '../../src/data/contract.ts';
import type { Queryable, SqlParam } from '../db.ts';
import { previousPeriod, type Period } from '../params.ts';
import { SUMS_BY_TYPE_SQL, countsByType, type CountsByTypeRow, type Merchant } from './merchant.ts';
import {
  blockRanges,
  customerRanges,
  inCustomerOrder,
  periodSpans,
  type CustomerRange,
  type Spans,
} from './spans.ts';

interface ValidationFiguresRow extends CountsByTypeRow {
  period: 'current' | 'previous';
  validated: number;
}

/** KPIs of the period and of the previous one, from the rollups (migrations/002_rollups.sql). */
export async function summary(db: Queryable, merchant: Merchant, period: Period): Promise<SummaryResponse> {
  const previous = previousPeriod(period);
  const current = periodSpans(period);
  const before = periodSpans(previous);
  const ranges = await customerRanges(db, merchant.id);
  // Independent statements: on a pool they run side by side.
  const [byType, engagedNow, engagedBefore, [totals]] = await Promise.all([
    // Validations by type from the daily rollup (days x missions: a few thousand rows at most).
    db.query<ValidationFiguresRow>(
      `WITH counts AS (
       SELECT d.day >= $3::date AS is_current, d.mission_id, sum(d.validations) AS n
         FROM validation_daily d
        WHERE d.merchant_id = $1::bigint AND d.day BETWEEN $2::date AND $4::date
        GROUP BY 1, 2
     )
     SELECT CASE WHEN is_current THEN 'current' ELSE 'previous' END AS period,
            coalesce(sum(n), 0)::int AS validated, ${SUMS_BY_TYPE_SQL}
       FROM counts
       JOIN missions mi ON mi.merchant_id = $1::bigint AND mi.id = counts.mission_id
      GROUP BY 1`,
      [merchant.id, previous.from, period.from, period.to],
    ),
    // Distinct customers: each period is a set of disjoint aligned spans, in
    // which a customer has at most one row per span. One statement per period
    // (side by side on a pool), each de-duplicating the blocks' rows as they
    // merge in customer order (spans.ts, inCustomerOrder).
    engagedCustomers(db, merchant, current, ranges),
    engagedCustomers(db, merchant, before, ranges),
    // Customers enrolled by each period's end from the per-day rollup
    // (migrations/004_enrolment_daily.sql): a few hundred rows, not every customer.
    db.query<{ current_customers: number; previous_customers: number; active_missions: number }>(
      `SELECT coalesce(sum(customers), 0)::int AS current_customers,
              coalesce(sum(customers) FILTER (WHERE day <= $3::date), 0)::int AS previous_customers,
              (SELECT count(*) FROM missions WHERE merchant_id = $1::bigint AND active)::int AS active_missions
         FROM enrolment_daily
        WHERE merchant_id = $1::bigint AND day <= $2::date`,
      [merchant.id, period.to, previous.to],
    ),
  ]);
  const build = (which: 'current' | 'previous', range: Period, customers: number) => {
    const row = byType.find((candidate) => candidate.period === which);
    return {
      from: range.from,
      to: range.to,
      validatedMissions: row?.validated ?? 0,
      engagedCustomers: which === 'current' ? engagedNow : engagedBefore,
      customers,
      activeMissions: totals?.active_missions ?? 0,
      byType: countsByType(row),
    };
  };
  return {
    current: build('current', period, totals?.current_customers ?? 0),
    previous: build('previous', previous, totals?.previous_customers ?? 0),
  };
}

/**
 * Distinct customers with a validation in the blocks of one period: one
 * statement per customer range (spans.ts, customerRanges), added up. A
 * year's previous period is often nearly empty: without the split one
 * statement did all the work while the pool's other connection idled.
 */
async function engagedCustomers(
  db: Queryable,
  merchant: Merchant,
  spans: Spans,
  ranges: readonly CustomerRange[],
): Promise<number> {
  const counts = await Promise.all(
    ranges.map(async (range) => {
      const params: SqlParam[] = [merchant.id];
      const rows = inCustomerOrder(
        blockRanges(
          spans,
          params,
          'SELECT customer_id FROM customer_span WHERE merchant_id = $1::bigint',
          range,
        ),
      );
      const [row] = await db.query<{ engaged: number }>(
        `SELECT count(*)::int AS engaged FROM (SELECT DISTINCT customer_id FROM (${rows}) AS u) AS e`,
        params,
      );
      return row?.engaged ?? 0;
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}
