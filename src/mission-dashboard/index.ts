import { MissionDashboard } from './mission-dashboard.js';

export { MissionDashboard };

if (!customElements.get('mission-dashboard')) customElements.define('mission-dashboard', MissionDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'mission-dashboard': MissionDashboard;
  }
}
