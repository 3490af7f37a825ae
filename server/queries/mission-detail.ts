import type { MissionDetailResponse, MissionType } from '../../src/data/contract.ts';
import type { Queryable } from '../db.ts';
import { notFound } from '../problem.ts';
import { previousPeriod, type Period } from '../params.ts';
import type { Merchant } from './merchant.ts';
import { intArray, periodSpans } from './spans.ts';

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
  const spans = [periodSpans(period), periodSpans(previous)];
  const [figures, days] = await Promise.all([
    // Validations from the daily rollup; distinct customers from the per-span
    // rollup, where a customer has at most one row per (mission, span).
    db.query<{ period: 'current' | 'previous'; validations: number; customers: number }>(
      `WITH blocks AS (
       SELECT * FROM unnest($4::int[], $5::int[], $6::bool[]) AS b(level, span, is_current)
     ), validated AS (
       SELECT day >= $3::date AS is_current, sum(validations)::int AS validations
         FROM validation_daily
        WHERE merchant_id = $1::bigint AND mission_id = $2::bigint AND day BETWEEN $7::date AND $8::date
        GROUP BY 1
     ), reached AS (
       SELECT b.is_current, count(DISTINCT s.customer_id)::int AS customers
         FROM blocks b
         JOIN mission_customer_span s
           ON s.merchant_id = $1::bigint AND s.mission_id = $2::bigint AND s.level = b.level AND s.span = b.span
        GROUP BY b.is_current
     )
     SELECT CASE WHEN validated.is_current THEN 'current' ELSE 'previous' END AS period,
            validated.validations, coalesce(reached.customers, 0) AS customers
       FROM validated LEFT JOIN reached ON reached.is_current = validated.is_current`,
      [
        merchant.id,
        missionId,
        period.from,
        intArray(spans.flatMap((list) => list.levels)),
        intArray(spans.flatMap((list) => list.spans)),
        `{${spans.flatMap((list, i) => list.levels.map(() => (i === 0 ? 't' : 'f'))).join(',')}}`,
        previous.from,
        period.to,
      ],
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
