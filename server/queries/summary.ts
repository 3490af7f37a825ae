import type { SummaryResponse } from '../../src/data/contract.ts';
import type { Queryable } from '../db.ts';
import { previousPeriod, type Period } from '../params.ts';
import { COUNTS_BY_TYPE_SQL, countsByType, inPeriod, type CountsByTypeRow, type Merchant } from './merchant.ts';

interface ValidationFiguresRow extends CountsByTypeRow {
  period: 'current' | 'previous';
  validated: number;
  engaged: number;
}

/** KPIs of the period and of the previous one: one scan over both periods. */
export async function summary(db: Queryable, merchant: Merchant, period: Period): Promise<SummaryResponse> {
  const previous = previousPeriod(period);
  const figures = await db.query<ValidationFiguresRow>(
    `SELECT CASE WHEN v.validated_at >= ($3::date)::timestamp AT TIME ZONE $5 THEN 'current' ELSE 'previous' END AS period,
            count(*)::int AS validated,
            count(DISTINCT v.customer_id)::int AS engaged,
            ${COUNTS_BY_TYPE_SQL}
       FROM validations v
       JOIN missions mi ON mi.merchant_id = v.merchant_id AND mi.id = v.mission_id
      WHERE v.merchant_id = $1::bigint AND ${inPeriod('v.validated_at', '$2', '$4', '$5')}
      GROUP BY 1`,
    [merchant.id, previous.from, period.from, period.to, merchant.timeZone],
  );
  const [totals] = await db.query<{ current_customers: number; previous_customers: number; active_missions: number }>(
    `SELECT
       (SELECT count(*) FROM customers
         WHERE merchant_id = $1::bigint AND enrolled_at < ($2::date + 1)::timestamp AT TIME ZONE $4)::int AS current_customers,
       (SELECT count(*) FROM customers
         WHERE merchant_id = $1::bigint AND enrolled_at < ($3::date + 1)::timestamp AT TIME ZONE $4)::int AS previous_customers,
       (SELECT count(*) FROM missions WHERE merchant_id = $1::bigint AND active)::int AS active_missions`,
    [merchant.id, period.to, previous.to, merchant.timeZone],
  );
  const build = (which: 'current' | 'previous', range: Period, customers: number) => {
    const row = figures.find((candidate) => candidate.period === which);
    return {
      from: range.from,
      to: range.to,
      validatedMissions: row?.validated ?? 0,
      engagedCustomers: row?.engaged ?? 0,
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
