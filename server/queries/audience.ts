import type { AudienceDistribution, AudienceResponse } from '../../src/data/contract.ts';
import type { Queryable, SqlParam } from '../db.ts';
import type { Period } from '../params.ts';
import type { Merchant } from './merchant.ts';
import {
  blockRanges,
  customerRanges,
  inCustomerOrder,
  periodSpans,
  type CustomerRange,
  type Spans,
} from './spans.ts';

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
  const ranges = await customerRanges(db, merchant.id);
  // One statement per customer range, side by side (spans.ts): the ranges'
  // groups add up in distribution() below.
  const groups = (
    await Promise.all(ranges.map((range) => bucketGroups(db, merchant, period, spans, range)))
  ).flat();
  const distribution = (
    dimension: 'instagram' | 'tiktok' | 'age',
    list: readonly Bracket[],
  ): AudienceDistribution => {
    const counts = new Map<number, number>();
    let unknown = 0;
    for (const row of groups) {
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

interface BucketGroup {
  instagram: number | null;
  tiktok: number | null;
  age: number | null;
  customers: number;
}

/** Engaged customers of one id range counted by their three bucket numbers. */
function bucketGroups(
  db: Queryable,
  merchant: Merchant,
  period: Period,
  spans: Spans,
  range: CustomerRange,
): Promise<BucketGroup[]> {
  // The span rollup carries each customer's follower counts and birth date
  // (migrations/005): the blocks merged in customer order (spans.ts) give
  // each engaged customer once, with no join to customers. Age: one
  // width_bucket of birth_date over ageCutoffs() (0 = 65+ ... 6 = under 18),
  // not age() per customer. One GROUP BY over the three bucket numbers (at
  // most 6 x 6 x 7 groups) instead of a pass per dimension.
  const params: SqlParam[] = [
    merchant.id,
    boundsParam(FOLLOWER_BRACKETS),
    ageCutoffs(period.to),
    AGE_BRACKETS.length,
  ];
  const rows = inCustomerOrder(
    blockRanges(
      spans,
      params,
      `SELECT customer_id, instagram_followers, tiktok_followers, birth_date
         FROM customer_span WHERE merchant_id = $1::bigint`,
      range,
    ),
  );
  return db.query<BucketGroup>(
    `SELECT width_bucket(e.instagram_followers, $2::int[]) AS instagram,
            width_bucket(e.tiktok_followers, $2::int[]) AS tiktok,
            $4::int - width_bucket(e.birth_date, $3::date[]) AS age,
            count(*)::int AS customers
       FROM (SELECT DISTINCT ON (customer_id) * FROM (${rows}) AS u) AS e
      GROUP BY 1, 2, 3`,
    params,
  );
}
