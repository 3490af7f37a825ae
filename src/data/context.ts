import { createContext } from '@lit/context';

/** What a provider such as `<mission-dashboard>` hands to the widgets inside it. */
export interface MissionContextValue {
  endpoint?: string;
  from?: string;
  to?: string;
  lang?: string;
}

export const missionContext = createContext<MissionContextValue>(Symbol.for('mission-widgets/context'));
