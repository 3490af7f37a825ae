import { MissionKpis } from './mission-kpis.js';

export { MissionKpis };

if (!customElements.get('mission-kpis')) customElements.define('mission-kpis', MissionKpis);

declare global {
  interface HTMLElementTagNameMap {
    'mission-kpis': MissionKpis;
  }
}
