import { html, nothing, type TemplateResult } from 'lit';
import type { MissionType } from '../data/contract.js';
import { t, type Lang } from '../format/messages.js';

export interface LegendEntry {
  type: MissionType;
  /** Figures shown after the name (e.g. "820 · 44.6%"). */
  figures?: string;
  /** Extra content, e.g. a variation. */
  extra?: TemplateResult;
}

/**
 * The mission-type legend shared by charts: one toggle button per type
 * (`aria-pressed` true when shown). Styles: `typeLegendStyles`.
 */
export function renderTypeLegend(
  lang: Lang,
  label: string,
  entries: readonly LegendEntry[],
  hidden: ReadonlySet<MissionType>,
  onToggle: (type: MissionType) => void,
): TemplateResult {
  return html`<ul part="legend" class="legend" aria-label=${label}>
    ${entries.map(
      (entry) =>
        html`<li data-type=${entry.type}>
          <button
            part="legend-item"
            type="button"
            aria-pressed=${hidden.has(entry.type) ? 'false' : 'true'}
            @click=${() => onToggle(entry.type)}
          >
            <span class="swatch" aria-hidden="true"></span>
            <span class="name">${t(lang, `type_${entry.type}`)}</span>
            ${entry.figures === undefined ? nothing : html`<span class="figures">${entry.figures}</span>`}
            ${entry.extra ?? nothing}
          </button>
        </li>`,
    )}
  </ul>`;
}

/** A copy of `hidden` with `type` toggled. */
export function toggled(hidden: ReadonlySet<MissionType>, type: MissionType): Set<MissionType> {
  const next = new Set(hidden);
  if (next.has(type)) next.delete(type);
  else next.add(type);
  return next;
}
