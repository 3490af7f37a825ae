import type { MissionsResponse, MissionType } from '../../src/data/contract.ts';
import type { Queryable } from '../db.ts';
import type { MissionsQuery } from '../params.ts';
import type { Merchant } from './merchant.ts';

interface MissionRow {
  id: string;
  type: MissionType;
  title: string;
  description: string;
  validations: number;
  total: number;
}

/**
 * Missions with their popularity (validations in the period, from the
 * validation_daily rollup), inactive ones included. Ties are broken by mission id so that pages are stable.
 */
export async function missions(
  db: Queryable,
  merchant: Merchant,
  query: MissionsQuery,
): Promise<MissionsResponse> {
  const rows = await db.query<MissionRow>(
    `WITH popularity AS (
       SELECT mission_id, sum(validations)::int AS validations
         FROM validation_daily
        WHERE merchant_id = $1::bigint AND day BETWEEN $2::date AND $3::date
        GROUP BY mission_id
     ), listed AS (
       SELECT mi.id, mi.type, mi.title, mi.description, coalesce(p.validations, 0) AS validations
         FROM missions mi
         LEFT JOIN popularity p ON p.mission_id = mi.id
        WHERE mi.merchant_id = $1::bigint AND ($4::text IS NULL OR mi.type = $4::text)
     )
     SELECT id::text AS id, type, title, description, validations, count(*) OVER ()::int AS total
       FROM listed
      ORDER BY CASE WHEN $5::text = 'popularity-asc' THEN validations ELSE -validations END, id
      LIMIT $6::int OFFSET $7::int`,
    [
      merchant.id,
      query.from,
      query.to,
      query.type,
      query.sort,
      query.pageSize,
      (query.page - 1) * query.pageSize,
    ],
  );
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && query.page > 1) {
    // Past the last page the window count is lost with the rows: count apart.
    const [counted] = await db.query<{ total: number }>(
      'SELECT count(*)::int AS total FROM missions WHERE merchant_id = $1::bigint AND ($2::text IS NULL OR type = $2::text)',
      [merchant.id, query.type],
    );
    total = counted?.total ?? 0;
  }
  return {
    items: rows.map(({ id, type, title, description, validations }) => ({
      id,
      type,
      title,
      description,
      validations,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
