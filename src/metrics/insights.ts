import type { ImpactResponse, SummaryResponse } from '../data/contract.js';
import { averages, finiteRatio, impactTable, sumRows } from './impact.js';

/**
 * Advice drawn from the merchant's own figures. Each rule states the data it
 * needs; when the data is missing or too thin, the rule says nothing rather
 * than guess. Thresholds are heuristics for loyalty programmes, kept here as
 * named constants so they are documented, tested and tuned in one place.
 */

/** Fewest customers a group needs before its average is compared with another's. */
export const MIN_SAMPLE = 30;
/** Missions from which a customer counts as "very engaged" (the "3+" group). */
export const ENGAGED_K = 3;
/** Smallest revenue multiple worth pointing out (below it, the gap is noise-sized). */
export const MIN_MULTIPLE = 1.2;
/** Share of one-mission customers, among the engaged, from which a next step is advised. */
export const ONE_MISSION_SHARE = 0.5;
/** Fewer active missions than this: advise offering more (8 to 10 missions keeps choice and novelty). */
export const MIN_ACTIVE_MISSIONS = 8;
/** Participation (engaged / customers) under this is low… */
export const LOW_PARTICIPATION = 0.1;
/** …and from this, high. */
export const HIGH_PARTICIPATION = 0.3;

/** `strength`: keep doing it; `opportunity`: something to try; `warning`: something is off. */
export type InsightKind = 'strength' | 'opportunity' | 'warning';

export type Insight =
  | {
      /** Customers with `fromK`+ missions vs one-mission customers, revenue per customer. */
      id: 'revenueMultiple';
      kind: 'strength';
      fromK: number;
      multiple: number;
      engagedCustomers: number;
      oneMissionCustomers: number;
    }
  | {
      /** Engaged customers (k ≥ 1) vs customers without a mission (k = 0), revenue per customer. */
      id: 'baselineGap';
      kind: 'strength';
      multiple: number;
    }
  | {
      id: 'oneMissionShare';
      kind: 'opportunity';
      /** Of engaged customers. */
      share: number;
      customers: number;
    }
  | { id: 'fewActiveMissions'; kind: 'opportunity'; activeMissions: number }
  /** Engaged customers / customers of the summary. */
  | { id: 'lowParticipation'; kind: 'warning'; rate: number }
  | { id: 'highParticipation'; kind: 'strength'; rate: number };

export type InsightId = Insight['id'];

/** Every insight the data supports, most actionable first. */
export function computeInsights(impact: ImpactResponse, summary: SummaryResponse): Insight[] {
  const insights: Insight[] = [];
  const table = impactTable(impact);
  const { current } = summary;

  const rate = finiteRatio(current.engagedCustomers, current.customers);
  if (rate !== undefined && current.customers >= MIN_SAMPLE && rate < LOW_PARTICIPATION) {
    insights.push({ id: 'lowParticipation', kind: 'warning', rate });
  }

  // Row k = 1 means "exactly one" only when it is not the last ("1 or more") row.
  const one = table.rows.find((row) => row.k === 1 && !row.orMore);
  if (one?.share !== undefined && table.engagedCustomers >= MIN_SAMPLE && one.share >= ONE_MISSION_SHARE) {
    insights.push({ id: 'oneMissionShare', kind: 'opportunity', share: one.share, customers: one.customers });
  }

  if (current.activeMissions < MIN_ACTIVE_MISSIONS) {
    insights.push({ id: 'fewActiveMissions', kind: 'opportunity', activeMissions: current.activeMissions });
  }

  // "3+" exists only when the data goes at least to k = 3 (its last row may be "3 or more").
  const engaged = table.rows.filter((row) => row.k >= ENGAGED_K);
  if (one && engaged.length > 0) {
    const group = sumRows(engaged);
    const multiple = multipleOf(averages(group).revenuePerCustomer, one.revenuePerCustomer);
    if (
      multiple !== undefined &&
      multiple >= MIN_MULTIPLE &&
      group.customers >= MIN_SAMPLE &&
      one.customers >= MIN_SAMPLE
    ) {
      insights.push({
        id: 'revenueMultiple',
        kind: 'strength',
        fromK: ENGAGED_K,
        multiple,
        engagedCustomers: group.customers,
        oneMissionCustomers: one.customers,
      });
    }
  }

  if (table.baseline && table.baseline.customers >= MIN_SAMPLE && table.engagedCustomers >= MIN_SAMPLE) {
    const multiple = multipleOf(
      averages(sumRows(table.rows)).revenuePerCustomer,
      table.baseline.revenuePerCustomer,
    );
    if (multiple !== undefined && multiple >= MIN_MULTIPLE) {
      insights.push({ id: 'baselineGap', kind: 'strength', multiple });
    }
  }

  if (rate !== undefined && current.customers >= MIN_SAMPLE && rate >= HIGH_PARTICIPATION) {
    insights.push({ id: 'highParticipation', kind: 'strength', rate });
  }
  return insights;
}

/** How many times `value` is `reference`, when both exist and the ratio is finite. */
function multipleOf(value: number | undefined, reference: number | undefined): number | undefined {
  return value === undefined || reference === undefined ? undefined : finiteRatio(value, reference);
}
