/**
 * The `missions` resource's filter, sort and paging, run on the client when an
 * element is given every mission through `data` (the server does the same
 * from query parameters).
 */
import type { Mission, MissionSort, MissionType } from '../data/contract.js';
import { pageOf, type Page } from './paging.js';

export interface MissionQuery {
  /** Only this type; undefined keeps every type. */
  type: MissionType | undefined;
  sort: MissionSort;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export function filterMissions(missions: readonly Mission[], type: MissionType | undefined): Mission[] {
  return type === undefined ? [...missions] : missions.filter((m) => m.type === type);
}

/**
 * By popularity (validations in the period). Stable: missions with equal
 * popularity keep the order they were given in, in both directions.
 */
export function sortMissions(missions: readonly Mission[], sort: MissionSort): Mission[] {
  const sign = sort === 'popularity-asc' ? 1 : -1;
  return [...missions].sort((a, b) => sign * (a.validations - b.validations));
}

/** Filtered and sorted, before paging: what a CSV export of the table holds. */
export function selectMissions(
  missions: readonly Mission[],
  query: Pick<MissionQuery, 'type' | 'sort'>,
): Mission[] {
  return sortMissions(filterMissions(missions, query.type), query.sort);
}

/** One page of the filtered, sorted missions; `total` counts the filtered missions. */
export function queryMissions(missions: readonly Mission[], query: MissionQuery): Page<Mission> {
  return pageOf(selectMissions(missions, query), query.page, query.pageSize);
}
