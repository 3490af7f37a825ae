import type { MissionDetailResponse, MissionType } from '../../src/data/contract.ts';
import type { Queryable, SqlParam } from '../db.ts';
import { notFound } from '../problem.ts';
import { previousPeriod, type Period } from '../params.ts';
import type { Merchant } from './merchant.ts';
import { blockRanges, inCustomerOrder, periodSpans } from './spans.ts';

/** One mission's validations and distinct customers (current, previous) and its daily series. */
export async function missionDetail(
  db: Queryable,
  merchant: Merchant,
  missionId: string,
  period: Period,
): Promise<MissionDetailResponse> {
  const [mission] = await db.query<{
    id: string;
    type: MissionType;
    title: string;
    description: string;
    active: boolean;
  }>(
    `SELECT id::text AS id, type, title, description, active
       FROM missions WHERE merchant_id = $1::bigint AND id = $2::bigint`,
    [merchant.id, missionId],
  );
  // The merchant_id condition is what makes another merchant's mission a 404.
  if (!mission) throw notFound(`no mission with id ${missionId}`);
  const previous = previousPeriod(period);
  const params: SqlParam[] = [merchant.id, missionId, period.from, previous.from, period.to];
  // Distinct customers per period: the blocks' rows merged in customer order
  // (spans.ts), de-duplicated as they stream past.
  const [current, before] = [period, previous].map((range) =>
    inCustomerOrder(
      blockRanges(
        periodSpans(range),
        params,
        'SELECT customer_id FROM mission_customer_span WHERE merchant_id = $1::bigint AND mission_id = $2::bigint',
      ),
    ),
  );
  const [figures, days] = await Promise.all([
    // Validations from the daily rollup; distinct customers from the per-span
    // rollup, where a customer has at most one row per (mission, span).
    db.query<{ period: 'current' | 'previous'; validations: number; customers: number }>(
      `WITH validated AS (
       SELECT day >= $3::date AS is_current, sum(validations)::int AS validations
         FROM validation_daily
        WHERE merchant_id = $1::bigint AND mission_id = $2::bigint AND day BETWEEN $4::date AND $5::date
        GROUP BY 1
     )
     SELECT CASE WHEN is_current THEN 'current' ELSE 'previous' END AS period, validations,
            CASE WHEN is_current
              THEN (SELECT count(*) FROM (SELECT DISTINCT customer_id FROM (${current}) AS u) AS e)
              ELSE (SELECT count(*) FROM (SELECT DISTINCT customer_id FROM (${before}) AS u) AS e)
            END::int AS customers
       FROM validated`,
      params,
    ),
    db.query<{ date: string; validations: number }>(
      `WITH days AS (
       SELECT $3::date + offset_days AS day FROM generate_series(0, $4::date - $3::date) AS offset_days
     )
     SELECT to_char(days.day, 'YYYY-MM-DD') AS date, coalesce(d.validations, 0) AS validations
       FROM days
       LEFT JOIN validation_daily d
         ON d.merchant_id = $1::bigint AND d.mission_id = $2::bigint AND d.day = days.day
      ORDER BY days.day`,
      [merchant.id, missionId, period.from, period.to],
    ),
  ]);
  const pick = (which: 'current' | 'previous') => {
    const row = figures.find((candidate) => candidate.period === which);
    return { validations: row?.validations ?? 0, customers: row?.customers ?? 0 };
  };
  return { mission, current: pick('current'), previous: pick('previous'), days };
}
