/**
 * The endpoint contract (SPEC §3), written once.
 *
 * Each resource is a valibot schema: the TypeScript types are inferred from it,
 * the client validates every response with it, and the reference server emits
 * the OpenAPI document's JSON Schemas from it. One source, three uses.
 *
 * Schemas are exported one by one so that an element imports only the one it
 * needs and the rest tree-shakes away.
 */
import * as v from 'valibot';

/** Mission types, in the order used everywhere (legend, stacks, columns). */
export const MISSION_TYPES = ['classic', 'content', 'review', 'engagement'] as const;
export type MissionType = (typeof MISSION_TYPES)[number];

/** Audience dimensions served by the `audience` resource. */
export const AUDIENCE_DIMENSIONS = ['instagram', 'tiktok', 'age'] as const;
export type AudienceDimension = (typeof AUDIENCE_DIMENSIONS)[number];

const COUNT = 'must be a non-negative integer';
const AMOUNT = 'must be a non-negative finite number';
const DATE = 'must be a date YYYY-MM-DD';
const TEXT = 'must be a string';
const ID = 'must be a non-empty string';

/** True when `value` is a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years 0–99 as written
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const count = v.pipe(v.number(COUNT), v.finite(COUNT), v.integer(COUNT), v.minValue(0, COUNT));
export const amount = v.pipe(v.number(AMOUNT), v.finite(AMOUNT), v.minValue(0, AMOUNT));
export const isoDate = v.pipe(
  v.string(DATE),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, DATE),
  v.check(isCalendarDate, DATE),
);
const text = v.string(TEXT);
const id = v.pipe(v.string(ID), v.minLength(1, ID));
export const missionType = v.picklist(MISSION_TYPES, `must be one of ${MISSION_TYPES.join(', ')}`);

/**
 * Counts by mission type. Every type is required and an extra key is a data
 * error: an unknown type is reported, never dropped from totals in silence.
 */
export const countsByType = v.strictObject(
  { classic: count, content: count, review: count, engagement: count },
  (issue) =>
    issue.expected === 'never' ? 'is an unknown mission type' : 'must be an object of counts by type',
);
export type CountsByType = v.InferOutput<typeof countsByType>;

const object = <T extends v.ObjectEntries>(entries: T) => v.object(entries, 'must be an object');
const array = <T extends v.GenericSchema>(item: T) => v.array(item, 'must be an array');

// ---------------------------------------------------------------- summary

/** One period's key figures. */
export const periodSummary = object({
  from: isoDate,
  to: isoDate,
  /** Mission validations dated in the period. */
  validatedMissions: count,
  /** Distinct customers with at least one validation in the period. */
  engagedCustomers: count,
  /** Customers enrolled on or before `to`. */
  customers: count,
  /** Missions currently offered to customers (flagged active). */
  activeMissions: count,
  byType: countsByType,
});
export type PeriodSummary = v.InferOutput<typeof periodSummary>;

/** `GET {endpoint}/summary?from&to`: KPIs and totals by type, current and previous period. */
export const summaryResponse = object({ current: periodSummary, previous: periodSummary });
export type SummaryResponse = v.InferOutput<typeof summaryResponse>;

// ---------------------------------------------------------------- daily

export const dailyEntry = object({ date: isoDate, byType: countsByType });
export type DailyEntry = v.InferOutput<typeof dailyEntry>;

/** `GET {endpoint}/daily?from&to`: one entry per day (missing days mean zero). */
export const dailyResponse = object({ from: isoDate, to: isoDate, days: array(dailyEntry) });
export type DailyResponse = v.InferOutput<typeof dailyResponse>;

// ---------------------------------------------------------------- missions

export const mission = object({
  id,
  type: missionType,
  title: text,
  description: text,
  /** Validations in the period (its popularity). */
  validations: count,
});
export type Mission = v.InferOutput<typeof mission>;

export const MISSION_SORTS = ['popularity-desc', 'popularity-asc'] as const;
export type MissionSort = (typeof MISSION_SORTS)[number];

const page = v.pipe(v.number(COUNT), v.integer(COUNT), v.minValue(1, 'must be an integer >= 1'));

/** `GET {endpoint}/missions?from&to&type&page&pageSize&sort` (page is 1-based). */
export const missionsResponse = object({
  items: array(mission),
  total: count,
  page,
  pageSize: page,
});
export type MissionsResponse = v.InferOutput<typeof missionsResponse>;

// ---------------------------------------------------------------- missions/{id}

const missionFigures = object({ validations: count, customers: count });

/** `GET {endpoint}/missions/{id}?from&to`: one mission's own statistics. */
export const missionDetailResponse = object({
  mission: object({
    id,
    type: missionType,
    title: text,
    description: text,
    active: v.boolean('must be a boolean'),
  }),
  current: missionFigures,
  previous: missionFigures,
  days: array(object({ date: isoDate, validations: count })),
});
export type MissionDetailResponse = v.InferOutput<typeof missionDetailResponse>;

// ---------------------------------------------------------------- impact

export const impactRow = object({
  /** Missions validated in the period; the last row means "k or more", k = 0 is the baseline. */
  k: count,
  customers: count,
  orders: count,
  /** Revenue of those orders, in `currency`. */
  revenue: amount,
});
export type ImpactRow = v.InferOutput<typeof impactRow>;

/** `GET {endpoint}/impact?from&to`: sums per number of missions done; widgets derive averages. */
export const impactResponse = v.pipe(
  object({
    currency: v.pipe(v.string(TEXT), v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like EUR')),
    rows: array(impactRow),
  }),
  v.forward(
    v.check(
      (value) => value.rows.every((row, i) => i === 0 || row.k === value.rows[i - 1]!.k + 1),
      'must list k consecutively in ascending order',
    ),
    ['rows'],
  ),
);
export type ImpactResponse = v.InferOutput<typeof impactResponse>;

// ---------------------------------------------------------------- leaderboard

export const leaderboardEntry = object({
  rank: page,
  customer: object({
    id,
    name: text,
    /** Only `https:` URLs are ever displayed. */
    avatar: v.optional(v.nullable(text)),
  }),
  total: count,
  byType: countsByType,
});
export type LeaderboardEntry = v.InferOutput<typeof leaderboardEntry>;

/** `GET {endpoint}/leaderboard?from&to&page&pageSize`. */
export const leaderboardResponse = object({
  items: array(leaderboardEntry),
  total: count,
  page,
  pageSize: page,
});
export type LeaderboardResponse = v.InferOutput<typeof leaderboardResponse>;

// ---------------------------------------------------------------- audience

export const audienceBucket = object({
  /** Server's own name for the bracket (stable, not localised: the widget formats bounds). */
  label: text,
  /** Inclusive lower bound. */
  min: count,
  /** Exclusive upper bound; null for the open last bracket. */
  max: v.nullable(count),
  customers: count,
});
export type AudienceBucket = v.InferOutput<typeof audienceBucket>;

export const audienceDistribution = object({
  buckets: array(audienceBucket),
  /** Engaged customers without the data. */
  unknown: count,
});
export type AudienceDistribution = v.InferOutput<typeof audienceDistribution>;

/** `GET {endpoint}/audience?from&to`: engaged customers bucketed for each dimension. */
export const audienceResponse = object({
  instagram: audienceDistribution,
  tiktok: audienceDistribution,
  age: audienceDistribution,
});
export type AudienceResponse = v.InferOutput<typeof audienceResponse>;

// ---------------------------------------------------------------- errors

/** RFC 9457 problem details, as sent with `application/problem+json`. */
export const problemDetails = v.looseObject({
  type: v.optional(v.string()),
  title: v.optional(v.string()),
  status: v.optional(v.number()),
  detail: v.optional(v.string()),
  instance: v.optional(v.string()),
});
export type ProblemDetails = v.InferOutput<typeof problemDetails>;

/** Every resource with its schema, for the server and the OpenAPI document (not for elements: it imports all). */
export const RESOURCE_SCHEMAS = {
  summary: summaryResponse,
  daily: dailyResponse,
  missions: missionsResponse,
  'missions/{id}': missionDetailResponse,
  impact: impactResponse,
  leaderboard: leaderboardResponse,
  audience: audienceResponse,
} as const;
export type ResourceName = keyof typeof RESOURCE_SCHEMAS;
