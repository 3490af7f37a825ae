import type { AudienceDistribution, AudienceResponse } from '../../src/data/contract.ts';
import type { Queryable } from '../db.ts';
import type { Period } from '../params.ts';
import type { Merchant } from './merchant.ts';
import { intArray, periodSpans } from './spans.ts';

interface Bracket {
  label: string;
  min: number;
  max: number | null;
}

/** Brackets as consecutive lower bounds; the last is open. */
function brackets(
  lowerBounds: readonly number[],
  label: (min: number, max: number | null) => string,
): Bracket[] {
  return lowerBounds.map((min, i) => {
    const max = lowerBounds[i + 1] ?? null;
    return { label: label(min, max), min, max };
  });
}

const compact = (n: number) =>
  n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n);

export const FOLLOWER_BRACKETS = brackets([0, 1_000, 10_000, 100_000, 1_000_000], (min, max) =>
  max === null ? `${compact(min)}+` : `${compact(min)}-${compact(max)}`,
);
/** Age in whole years at `to`. Under 18 (or born after `to`) counts as unknown. */
export const AGE_BRACKETS = brackets([18, 25, 35, 45, 55, 65], (min, max) =>
  max === null ? `${min}+` : `${min}-${max - 1}`,
);

/** PostgreSQL array literal of the lower bounds, bound as a parameter for width_bucket. */
const boundsParam = (list: readonly Bracket[]) => `{${list.map((bracket) => bracket.min).join(',')}}`;

/**
 * Engaged customers of the period bucketed by Instagram followers, TikTok
 * followers and age. width_bucket(x, bounds) gives 1..n for the brackets,
 * 0 below the first bound and NULL for NULL data: both are "unknown".
 */
export async function audience(db: Queryable, merchant: Merchant, period: Period): Promise<AudienceResponse> {
  const spans = periodSpans(period);
  const rows = await db.query<{
    dimension: 'instagram' | 'tiktok' | 'age';
    bucket: number | null;
    customers: number;
  }>(
    `WITH engaged AS (
       SELECT DISTINCT s.customer_id
         FROM unnest($2::int[], $4::int[]) AS b(level, span)
         JOIN customer_span s ON s.merchant_id = $1::bigint AND s.level = b.level AND s.span = b.span
     ), people AS (
       SELECT c.instagram_followers, c.tiktok_followers,
              extract(year FROM age($3::date, c.birth_date))::int AS age
         FROM engaged e
         JOIN customers c ON c.merchant_id = $1::bigint AND c.id = e.customer_id
     )
     SELECT 'instagram' AS dimension, width_bucket(instagram_followers, $5::int[]) AS bucket, count(*)::int AS customers
       FROM people GROUP BY 2
     UNION ALL
     SELECT 'tiktok', width_bucket(tiktok_followers, $5::int[]), count(*)::int FROM people GROUP BY 2
     UNION ALL
     SELECT 'age', width_bucket(age, $6::int[]), count(*)::int FROM people GROUP BY 2`,
    [
      merchant.id,
      intArray(spans.levels),
      period.to,
      intArray(spans.spans),
      boundsParam(FOLLOWER_BRACKETS),
      boundsParam(AGE_BRACKETS),
    ],
  );
  const distribution = (
    dimension: 'instagram' | 'tiktok' | 'age',
    list: readonly Bracket[],
  ): AudienceDistribution => {
    const counts = new Map<number, number>();
    let unknown = 0;
    for (const row of rows) {
      if (row.dimension !== dimension) continue;
      if (row.bucket === null || row.bucket === 0) unknown += row.customers;
      else counts.set(row.bucket, row.customers);
    }
    return {
      buckets: list.map((bracket, i) => ({ ...bracket, customers: counts.get(i + 1) ?? 0 })),
      unknown,
    };
  };
  return {
    instagram: distribution('instagram', FOLLOWER_BRACKETS),
    tiktok: distribution('tiktok', FOLLOWER_BRACKETS),
    age: distribution('age', AGE_BRACKETS),
  };
}
