import { MissionAudienceChart } from './mission-audience-chart.js';

export { MissionAudienceChart };

if (!customElements.get('mission-audience-chart'))
  customElements.define('mission-audience-chart', MissionAudienceChart);

declare global {
  interface HTMLElementTagNameMap {
    'mission-audience-chart': MissionAudienceChart;
  }
}
