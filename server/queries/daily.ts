import type { DailyResponse } from '../../src/data/contract.ts';
import type { Queryable } from '../db.ts';
import type { Period } from '../params.ts';
import { SUMS_BY_TYPE_SQL, countsByType, type CountsByTypeRow, type Merchant } from './merchant.ts';

/**
 * One entry per day of the period, zeros included (an integer series: no
 * time-zone drift), from the validation_daily rollup (local days).
 */
export async function daily(db: Queryable, merchant: Merchant, period: Period): Promise<DailyResponse> {
  const rows = await db.query<CountsByTypeRow & { date: string }>(
    `WITH days AS (
       SELECT $2::date + offset_days AS day FROM generate_series(0, $3::date - $2::date) AS offset_days
     ), counts AS (
       SELECT d.day, ${SUMS_BY_TYPE_SQL}
         FROM (SELECT day, mission_id, validations AS n FROM validation_daily
                WHERE merchant_id = $1::bigint AND day BETWEEN $2::date AND $3::date) AS d
         JOIN missions mi ON mi.merchant_id = $1::bigint AND mi.id = d.mission_id
        GROUP BY d.day
     )
     SELECT to_char(days.day, 'YYYY-MM-DD') AS date,
            coalesce(counts.classic, 0) AS classic, coalesce(counts.content, 0) AS content,
            coalesce(counts.review, 0) AS review, coalesce(counts.engagement, 0) AS engagement
       FROM days LEFT JOIN counts ON counts.day = days.day
      ORDER BY days.day`,
    [merchant.id, period.from, period.to],
  );
  return {
    from: period.from,
    to: period.to,
    days: rows.map((row) => ({ date: row.date, byType: countsByType(row) })),
  };
}
