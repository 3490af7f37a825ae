import { MissionDailyChart } from './mission-daily-chart.js';

export { MissionDailyChart };

if (!customElements.get('mission-daily-chart'))
  customElements.define('mission-daily-chart', MissionDailyChart);

declare global {
  interface HTMLElementTagNameMap {
    'mission-daily-chart': MissionDailyChart;
  }
}
