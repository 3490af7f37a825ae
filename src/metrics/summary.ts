import { MISSION_TYPES, type MissionType, type SummaryResponse } from '../data/contract.js';
import { ratio, variation, type Variation } from './variation.js';

export interface Kpi {
  id: 'validatedMissions' | 'engagedCustomers' | 'participationRate';
  /** Undefined when it cannot be computed (participation with no customers). */
  value: number | undefined;
  previous: number | undefined;
  variation: Variation;
}

/** The three key figures of `<mission-kpis>`, derived from the summary. */
export function summaryKpis(summary: SummaryResponse): Kpi[] {
  const { current, previous } = summary;
  const rateNow = ratio(current.engagedCustomers, current.customers);
  const ratePrev = ratio(previous.engagedCustomers, previous.customers);
  return [
    {
      id: 'validatedMissions',
      value: current.validatedMissions,
      previous: previous.validatedMissions,
      variation: variation(current.validatedMissions, previous.validatedMissions),
    },
    {
      id: 'engagedCustomers',
      value: current.engagedCustomers,
      previous: previous.engagedCustomers,
      variation: variation(current.engagedCustomers, previous.engagedCustomers),
    },
    { id: 'participationRate', value: rateNow, previous: ratePrev, variation: variation(rateNow, ratePrev) },
  ];
}

export interface TypeShare {
  type: MissionType;
  count: number;
  previous: number;
  /** Of the total of every type; undefined when the total is 0. */
  share: number | undefined;
  variation: Variation;
}

/** Validated missions by type with share and variation, in the fixed type order. */
export function typeShares(summary: SummaryResponse): TypeShare[] {
  const total = MISSION_TYPES.reduce((sum, type) => sum + summary.current.byType[type], 0);
  return MISSION_TYPES.map((type) => ({
    type,
    count: summary.current.byType[type],
    previous: summary.previous.byType[type],
    share: ratio(summary.current.byType[type], total),
    variation: variation(summary.current.byType[type], summary.previous.byType[type]),
  }));
}
