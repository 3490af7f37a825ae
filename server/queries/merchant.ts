import type { Queryable } from '../db.ts';
import type { MerchantId } from '../auth.ts';

/** The tenant a request is scoped to, with the settings every query needs. */
export interface Merchant {
  id: MerchantId;
  timeZone: string;
  currency: string;
}

export async function findMerchant(db: Queryable, id: MerchantId): Promise<Merchant | null> {
  const rows = await db.query<{ id: string; time_zone: string; currency: string }>(
    'SELECT id::text AS id, time_zone, currency::text AS currency FROM merchants WHERE id = $1::bigint',
    [id],
  );
  const row = rows[0];
  return row ? { id: row.id, timeZone: row.time_zone, currency: row.currency.trim() } : null;
}

/**
 * SQL condition "timestamp column falls in the period", as calendar days in
 * the merchant's zone. Written as a half-open range on the raw column (not
 * `(col AT TIME ZONE tz)::date BETWEEN ...`) so that the (merchant_id, col)
 * indexes serve it. Placeholders are fixed positions, never user text.
 */
export function inPeriod(column: string, from: string, to: string, timeZone: string): string {
  return `${column} >= (${from}::date)::timestamp AT TIME ZONE ${timeZone}
      AND ${column} < (${to}::date + 1)::timestamp AT TIME ZONE ${timeZone}`;
}

/** SQL expression: the calendar day of a timestamp column in the merchant's zone. */
export function localDay(column: string, timeZone: string): string {
  return `(${column} AT TIME ZONE ${timeZone})::date`;
}

/** count(*) FILTER per type, in contract order, as columns classic, content, review, engagement. */
export const COUNTS_BY_TYPE_SQL = `
  count(*) FILTER (WHERE mi.type = 'classic')::int AS classic,
  count(*) FILTER (WHERE mi.type = 'content')::int AS content,
  count(*) FILTER (WHERE mi.type = 'review')::int AS review,
  count(*) FILTER (WHERE mi.type = 'engagement')::int AS engagement`;

/**
 * sum(n) FILTER per type, over rows already counted by mission (column n):
 * counting by mission_id first and joining the few missions afterwards is
 * much cheaper than joining every validation row to its mission.
 */
export const SUMS_BY_TYPE_SQL = `
  coalesce(sum(n) FILTER (WHERE mi.type = 'classic'), 0)::int AS classic,
  coalesce(sum(n) FILTER (WHERE mi.type = 'content'), 0)::int AS content,
  coalesce(sum(n) FILTER (WHERE mi.type = 'review'), 0)::int AS review,
  coalesce(sum(n) FILTER (WHERE mi.type = 'engagement'), 0)::int AS engagement`;

export interface CountsByTypeRow {
  classic: number;
  content: number;
  review: number;
  engagement: number;
}

export function countsByType(row: CountsByTypeRow | undefined) {
  return {
    classic: row?.classic ?? 0,
    content: row?.content ?? 0,
    review: row?.review ?? 0,
    engagement: row?.engagement ?? 0,
  };
}
