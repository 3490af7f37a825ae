import { MissionDashboard } from '../src/mission-dashboard/index.js';
import { MissionKpis } from '../src/mission-kpis/index.js';
import { MissionTypeDonut } from '../src/mission-type-donut/index.js';

const WIDGETS = {
  'mission-dashboard': MissionDashboard,
  'mission-kpis': MissionKpis,
  'mission-type-donut': MissionTypeDonut,
} as const;

/**
 * Registers the widgets for the stories.
 *
 * A bare `import '../src/mission-kpis/index.js'` is not enough here:
 * package.json's `sideEffects` lists only dist/ files, so the bundler treats
 * src/ modules as side-effect free and drops imports whose exports are unused,
 * `customElements.define` included. Using the classes keeps the modules (and
 * their own registration); the calls below are then no-ops.
 */
export function defineWidgets(): void {
  for (const [tag, constructor] of Object.entries(WIDGETS)) {
    if (!customElements.get(tag)) customElements.define(tag, constructor);
  }
}
