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
 * Birth-date thresholds of the age brackets, ascending (oldest bracket
 * first): \`to\` minus n years (29 February falls back to the 28th, like
 * PostgreSQL's date - interval and age()) plus one day. Age at \`to\` >= n
 * exactly when birth_date < threshold(n).
 */
export function ageCutoffs(to: string): string {
  const [year, month, day] = to.split('-').map(Number) as [number, number, number];
  const dates = AGE_BRACKETS.map(({ min }) => {
    const y = year - min;
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const d = month === 2 && day === 29 && !leap ? 28 : day;
    const date = new Date(0);
    date.setUTCFullYear(y, month - 1, d + 1);
    return date.toISOString().slice(0, 10);
  });
  return `{${dates.reverse().join(',')}}`;
}

/**
 * Engaged customers of the period bucketed by Instagram followers, TikTok
 * followers and age. width_bucket(x, bounds) gives 1..n for the brackets,
 * 0 below the first bound and NULL for NULL data: both are "unknown".
 */
export async function audience(db: Queryable, merchant: Merchant, period: Period): Promise<AudienceResponse> {
  const spans = periodSpans(period);
  // Age: one width_bucket of birth_date over ageCutoffs() (0 = 65+ ... 6 =
  // under 18), not age() per customer. One GROUP BY over the three bucket
  // numbers (at most 6 x 6 x 7 groups) instead of a pass per dimension.
  // Engaged customers as one sorted array_agg(DISTINCT) (an in-aggregate sort
  // beats a hash DISTINCT sized from the unnest estimate), unnested and hashed
  // against a scan of the merchant's customers: \`c.id + 0\` keeps the planner,
  // which estimates the unnest at 10 ids, from 40,000+ customers_pkey look-ups.
  const rows = await db.query<{
    instagram: number | null;
    tiktok: number | null;
    age: number | null;
    customers: number;
  }>(
    `WITH engaged AS (
       SELECT array_agg(DISTINCT s.customer_id) AS ids
         FROM unnest($2::int[], $3::int[]) AS b(level, span)
         JOIN customer_span s ON s.merchant_id = $1::bigint AND s.level = b.level AND s.span = b.span
     )
     SELECT width_bucket(c.instagram_followers, $4::int[]) AS instagram,
            width_bucket(c.tiktok_followers, $4::int[]) AS tiktok,
            $6::int - width_bucket(c.birth_date, $5::date[]) AS age,
            count(*)::int AS customers
       FROM engaged e
      CROSS JOIN unnest(e.ids) AS u(id)
       JOIN customers c ON c.merchant_id = $1::bigint AND c.id + 0 = u.id
      GROUP BY 1, 2, 3`,
    [
      merchant.id,
      intArray(spans.levels),
      intArray(spans.spans),
      boundsParam(FOLLOWER_BRACKETS),
      ageCutoffs(period.to),
      AGE_BRACKETS.length,
    ],
  );
  const distribution = (
    dimension: 'instagram' | 'tiktok' | 'age',
    list: readonly Bracket[],
  ): AudienceDistribution => {
    const counts = new Map<number, number>();
    let unknown = 0;
    for (const row of rows) {
      const bucket = row[dimension];
      if (bucket === null || bucket === 0) unknown += row.customers;
      else counts.set(bucket, (counts.get(bucket) ?? 0) + row.customers);
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
