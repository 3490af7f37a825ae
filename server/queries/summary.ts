import type { SummaryResponse } from '../../src/data/contract.ts';
import type { Queryable } from '../db.ts';
import { previousPeriod, type Period } from '../params.ts';
import { SUMS_BY_TYPE_SQL, countsByType, inPeriod, type CountsByTypeRow, type Merchant } from './merchant.ts';

interface ValidationFiguresRow extends CountsByTypeRow {
  period: 'current' | 'previous';
  validated: number;
}

/** KPIs of the period and of the previous one: one scan over both periods. */
export async function summary(db: Queryable, merchant: Merchant, period: Period): Promise<SummaryResponse> {
  const previous = previousPeriod(period);
  // Both periods in one range scan; is_current splits them. Counts by mission
  // first (tiny), and distinct customers through a hash GROUP BY, not a sort.
  const isCurrent = 'v.validated_at >= ($3::date)::timestamp AT TIME ZONE $5';
  const scope = `v.merchant_id = $1::bigint AND ${inPeriod('v.validated_at', '$2', '$4', '$5')}`;
  const params = [merchant.id, previous.from, period.from, period.to, merchant.timeZone];
  // Three independent statements: on a pool they run side by side.
  const [byType, engaged, [totals]] = await Promise.all([
    db.query<ValidationFiguresRow>(
      `WITH counts AS (
       SELECT ${isCurrent} AS is_current, v.mission_id, count(*) AS n
         FROM validations v WHERE ${scope} GROUP BY 1, 2
     )
     SELECT CASE WHEN is_current THEN 'current' ELSE 'previous' END AS period,
            coalesce(sum(n), 0)::int AS validated, ${SUMS_BY_TYPE_SQL}
       FROM counts
       JOIN missions mi ON mi.merchant_id = $1::bigint AND mi.id = counts.mission_id
      GROUP BY 1`,
      params,
    ),
    db.query<{ period: 'current' | 'previous'; engaged: number }>(
      `SELECT CASE WHEN is_current THEN 'current' ELSE 'previous' END AS period, count(*)::int AS engaged
       FROM (SELECT ${isCurrent} AS is_current, v.customer_id FROM validations v WHERE ${scope} GROUP BY 1, 2) AS customers
      GROUP BY 1`,
      params,
    ),
    db.query<{ current_customers: number; previous_customers: number; active_missions: number }>(
      `SELECT
       (SELECT count(*) FROM customers
         WHERE merchant_id = $1::bigint AND enrolled_at < ($2::date + 1)::timestamp AT TIME ZONE $4)::int AS current_customers,
       (SELECT count(*) FROM customers
         WHERE merchant_id = $1::bigint AND enrolled_at < ($3::date + 1)::timestamp AT TIME ZONE $4)::int AS previous_customers,
       (SELECT count(*) FROM missions WHERE merchant_id = $1::bigint AND active)::int AS active_missions`,
      [merchant.id, period.to, previous.to, merchant.timeZone],
    ),
  ]);
  const build = (which: 'current' | 'previous', range: Period, customers: number) => {
    const row = byType.find((candidate) => candidate.period === which);
    return {
      from: range.from,
      to: range.to,
      validatedMissions: row?.validated ?? 0,
      engagedCustomers: engaged.find((candidate) => candidate.period === which)?.engaged ?? 0,
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
