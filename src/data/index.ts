/** The data layer on its own: contract types and schemas, validation, configuration. */
export * from './contract.js';
export { validate, describeIssue } from './validate.js';
export { MissionDataError, type DataErrorKind } from './errors.js';
export { configureMissionWidgets, resetMissionWidgetsConfig, type MissionWidgetsConfig } from './config.js';
export { clearRequestCache } from './request-cache.js';
export { previousPeriod, lastDays, type Period } from './period.js';
export type { DataErrorDetail } from './resource-controller.js';
