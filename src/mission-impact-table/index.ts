import { MissionImpactTable } from './mission-impact-table.js';

export { MissionImpactTable };

if (!customElements.get('mission-impact-table'))
  customElements.define('mission-impact-table', MissionImpactTable);

declare global {
  interface HTMLElementTagNameMap {
    'mission-impact-table': MissionImpactTable;
  }
}
