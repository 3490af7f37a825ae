import type { MissionDetailResponse, MissionType } from '../../src/data/contract.ts';
import type { Queryable } from '../db.ts';
import { notFound } from '../problem.ts';
import { previousPeriod, type Period } from '../params.ts';
import { inPeriod, localDay, type Merchant } from './merchant.ts';

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
  const [figures, days] = await Promise.all([
    db.query<{ period: 'current' | 'previous'; validations: number; customers: number }>(
      `SELECT CASE WHEN validated_at >= ($4::date)::timestamp AT TIME ZONE $6 THEN 'current' ELSE 'previous' END AS period,
            count(*)::int AS validations, count(DISTINCT customer_id)::int AS customers
       FROM validations
      WHERE merchant_id = $1::bigint AND mission_id = $2::bigint AND ${inPeriod('validated_at', '$3', '$5', '$6')}
      GROUP BY 1`,
      [merchant.id, missionId, previous.from, period.from, period.to, merchant.timeZone],
    ),
    db.query<{ date: string; validations: number }>(
      `WITH days AS (
       SELECT $3::date + offset_days AS day FROM generate_series(0, $4::date - $3::date) AS offset_days
     ), counts AS (
       SELECT ${localDay('validated_at', '$5')} AS day, count(*)::int AS validations
         FROM validations
        WHERE merchant_id = $1::bigint AND mission_id = $2::bigint AND ${inPeriod('validated_at', '$3', '$4', '$5')}
        GROUP BY 1
     )
     SELECT to_char(days.day, 'YYYY-MM-DD') AS date, coalesce(counts.validations, 0) AS validations
       FROM days LEFT JOIN counts ON counts.day = days.day
      ORDER BY days.day`,
      [merchant.id, missionId, period.from, period.to, merchant.timeZone],
    ),
  ]);
  const pick = (which: 'current' | 'previous') => {
    const row = figures.find((candidate) => candidate.period === which);
    return { validations: row?.validations ?? 0, customers: row?.customers ?? 0 };
  };
  return { mission, current: pick('current'), previous: pick('previous'), days };
}
