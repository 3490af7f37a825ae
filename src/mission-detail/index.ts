import { MissionDetail } from './mission-detail.js';

export { MissionDetail };

if (!customElements.get('mission-detail')) customElements.define('mission-detail', MissionDetail);

declare global {
  interface HTMLElementTagNameMap {
    'mission-detail': MissionDetail;
  }
}
