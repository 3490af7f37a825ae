/** Registers every element. Import `mission-widgets/<element>` instead to load one. */
export * from './mission-dashboard/index.js';
export * from './mission-kpis/index.js';
export * from './mission-type-donut/index.js';
export * from './mission-daily-chart/index.js';
export * from './mission-detail/index.js';
export * from './mission-list/index.js';
export * from './mission-leaderboard/index.js';
export * from './mission-impact-table/index.js';
export * from './mission-insights/index.js';
export * from './mission-audience-chart/index.js';
export { configureMissionWidgets, type MissionWidgetsConfig } from './data/config.js';
export { MissionDataError } from './data/errors.js';
export type * from './data/contract.js';
export type { MissionEventMap } from './events.js';
