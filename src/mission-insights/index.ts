import { MissionInsights } from './mission-insights.js';

export { MissionInsights };
export type { InsightsData } from './mission-insights.js';

if (!customElements.get('mission-insights')) customElements.define('mission-insights', MissionInsights);

declare global {
  interface HTMLElementTagNameMap {
    'mission-insights': MissionInsights;
  }
}
