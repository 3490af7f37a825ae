import { MissionTypeDonut } from './mission-type-donut.js';

export { MissionTypeDonut };

if (!customElements.get('mission-type-donut')) customElements.define('mission-type-donut', MissionTypeDonut);

declare global {
  interface HTMLElementTagNameMap {
    'mission-type-donut': MissionTypeDonut;
  }
}
