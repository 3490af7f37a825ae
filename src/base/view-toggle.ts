import { html, type TemplateResult } from 'lit';
import { t, type Lang } from '../format/messages.js';

/**
 * The toolbar of a chart with its "Data table" toggle button (`aria-pressed`
 * true while the table shows). Parts: `toolbar`, `view-toggle`.
 */
export function renderViewToggle(lang: Lang, tableView: boolean, onToggle: () => void): TemplateResult {
  return html`<div part="toolbar" class="toolbar">
    <button part="view-toggle" type="button" aria-pressed=${tableView ? 'true' : 'false'} @click=${onToggle}>
      ${t(lang, 'showTable')}
    </button>
  </div>`;
}
