import { MissionInsights } from './mission-insights.js';

export { MissionInsights };

if (!customElements.get('mission-insights')) customElements.define('mission-insights', MissionInsights);

declare global {
  interface HTMLElementTagNameMap {
    'mission-insights': MissionInsights;
  }
}
