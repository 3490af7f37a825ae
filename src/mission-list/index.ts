import { MissionList } from './mission-list.js';

export { MissionList };

if (!customElements.get('mission-list')) customElements.define('mission-list', MissionList);

declare global {
  interface HTMLElementTagNameMap {
    'mission-list': MissionList;
  }
}
