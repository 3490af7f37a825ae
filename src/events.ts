import type { MissionType } from './data/contract.js';
import type { DataErrorDetail } from './data/resource-controller.js';

export type { DataErrorDetail };

/** Every event a mission widget fires. All bubble and cross shadow roots (`composed`). */
export interface MissionEventMap {
  /** Data could not be loaded or did not match the contract. */
  'data-error': CustomEvent<DataErrorDetail>;
  /** A legend entry hid or showed a mission type. */
  'mission-type-toggle': CustomEvent<{ type: MissionType; hidden: boolean }>;
  /** The period of a dashboard changed. */
  'period-change': CustomEvent<{ from: string; to: string }>;
  /** A mission's detail was asked for. */
  'mission-select': CustomEvent<{ id: string }>;
  /** A customer's profile was asked for. */
  'customer-select': CustomEvent<{ id: string }>;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'data-error': MissionEventMap['data-error'];
    'mission-type-toggle': MissionEventMap['mission-type-toggle'];
    'period-change': MissionEventMap['period-change'];
    'mission-select': MissionEventMap['mission-select'];
    'customer-select': MissionEventMap['customer-select'];
  }
}
