import type { LeaderboardResponse } from '../../src/data/contract.ts';
import type { Queryable } from '../db.ts';
import type { Paging, Period } from '../params.ts';
import {
  COUNTS_BY_TYPE_SQL,
  countsByType,
  inPeriod,
  type CountsByTypeRow,
  type Merchant,
} from './merchant.ts';

interface LeaderRow extends CountsByTypeRow {
  rank: number;
  id: string;
  name: string;
  avatar: string | null;
  total: number;
  ranked: number;
}

/**
 * Customers ranked by validations in the period, descending; equal totals
 * share a rank (RANK()). Within a rank, customer id orders the rows so that
 * pages are stable.
 */
export async function leaderboard(
  db: Queryable,
  merchant: Merchant,
  query: Period & Paging,
): Promise<LeaderboardResponse> {
  const perCustomerSql = `
       SELECT v.customer_id, count(*)::int AS total, ${COUNTS_BY_TYPE_SQL}
         FROM validations v
         JOIN missions mi ON mi.merchant_id = v.merchant_id AND mi.id = v.mission_id
        WHERE v.merchant_id = $1::bigint AND ${inPeriod('v.validated_at', '$2', '$3', '$4')}
        GROUP BY v.customer_id`;
  const rows = await db.query<LeaderRow>(
    `WITH per_customer AS (${perCustomerSql}),
     ranked AS (
       SELECT *, rank() OVER (ORDER BY total DESC)::int AS rank, count(*) OVER ()::int AS ranked
         FROM per_customer
        ORDER BY total DESC, customer_id
        LIMIT $5::int OFFSET $6::int
     )
     SELECT r.rank, r.customer_id::text AS id, c.name, c.avatar_url AS avatar, r.total, r.ranked,
            r.classic, r.content, r.review, r.engagement
       FROM ranked r
       JOIN customers c ON c.merchant_id = $1::bigint AND c.id = r.customer_id
      ORDER BY r.total DESC, r.customer_id`,
    [merchant.id, query.from, query.to, merchant.timeZone, query.pageSize, (query.page - 1) * query.pageSize],
  );
  let total = rows[0]?.ranked ?? 0;
  if (rows.length === 0 && query.page > 1) {
    const [counted] = await db.query<{ total: number }>(
      `SELECT count(DISTINCT customer_id)::int AS total FROM validations v
        WHERE v.merchant_id = $1::bigint AND ${inPeriod('v.validated_at', '$2', '$3', '$4')}`,
      [merchant.id, query.from, query.to, merchant.timeZone],
    );
    total = counted?.total ?? 0;
  }
  return {
    items: rows.map((row) => ({
      rank: row.rank,
      customer: { id: row.id, name: row.name, avatar: row.avatar },
      total: row.total,
      byType: countsByType(row),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
