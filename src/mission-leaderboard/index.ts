import { MissionLeaderboard } from './mission-leaderboard.js';

export { MissionLeaderboard };

if (!customElements.get('mission-leaderboard'))
  customElements.define('mission-leaderboard', MissionLeaderboard);

declare global {
  interface HTMLElementTagNameMap {
    'mission-leaderboard': MissionLeaderboard;
  }
}
