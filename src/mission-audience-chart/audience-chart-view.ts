// The audience chart's plot and data table as pure templates, so the element keeps only state and events.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { renderFocusPlot, type PlotFocus } from '../base/chart-focus.js';
import type { AudienceDimension } from '../data/contract.js';
import type { HistogramLayout } from '../charts/histogram.js';
import { formatCount, formatPercent } from '../format/format.js';
import { t, type Lang } from '../format/messages.js';
import type { Entry } from './audience-chart-text.js';
import { audienceText } from './messages.js';

export interface AudiencePlotOptions extends PlotFocus {
  lang: Lang;
  entries: readonly Entry[];
  layout: HistogramLayout;
  /** SVG width and height. */
  width: number;
  height: number;
  /** The bar drawn active (its tooltip shows). */
  active: number | undefined;
  onBarPointer: (index: number, event: PointerEvent) => void;
  onBarLeave: () => void;
}

/** The focusable plot: grid, separator, one bar per entry (unknown apart) and both axes. */
export function renderAudiencePlot(options: AudiencePlotOptions): TemplateResult {
  const { lang, entries, layout } = options;
  const { plot } = layout;
  return renderFocusPlot(
    options,
    html`<svg part="chart" width=${options.width} height=${options.height} aria-hidden="true">
      <g class="grid">
        ${layout.ticks.map((tick) => svg`<line x1=${plot.x} x2=${plot.x + plot.width} y1=${tick.y} y2=${tick.y}></line>`)}
      </g>
      ${
        layout.separator === undefined
          ? nothing
          : svg`<line class="separator" x1=${layout.separator} x2=${layout.separator} y1=${plot.y} y2=${plot.y + plot.height}></line>`
      }
      ${layout.bars.map((bar) => {
        const entry = entries[bar.index]!;
        const onPointer = (e: PointerEvent) => options.onBarPointer(bar.index, e);
        return svg`<rect part="bar" class="bar ${entry.unknown ? 'unknown' : ''} ${options.active === bar.index ? 'active' : ''}"
          data-index=${bar.index} x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height}
          @pointerenter=${onPointer} @pointermove=${onPointer} @pointerleave=${options.onBarLeave}></rect>`;
      })}
      <g part="axis" class="axis y-axis">
        ${layout.ticks.map((tick) => svg`<text x=${plot.x - 6} y=${tick.y}>${formatPercent(lang, tick.value)}</text>`)}
      </g>
      <g part="axis" class="axis x-axis">
        ${layout.bars.map((bar) => {
          const entry = entries[bar.index]!;
          return svg`<text class=${entry.unknown ? 'unknown' : ''} x=${bar.centre} y=${plot.y + plot.height + 16}>${entry.label}</text>`;
        })}
      </g>
    </svg>`,
  );
}

/** The data-table view: one row per bracket, the unknown share, and the total. */
export function renderAudienceTable(
  lang: Lang,
  caption: string,
  dimension: AudienceDimension,
  entries: readonly Entry[],
): TemplateResult {
  const total = entries.reduce((sum, e) => sum + e.customers, 0);
  return html`<table part="table">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${audienceText(lang, `column_${dimension}`)}</th>
        <th scope="col">${audienceText(lang, 'columnCustomers')}</th>
        <th scope="col">${audienceText(lang, 'columnShare')}</th>
      </tr>
    </thead>
    <tbody>
      ${entries.map(
        (e) =>
          html`<tr class=${e.unknown ? 'unknown' : ''}>
            <th scope="row">${e.label}</th>
            <td>${formatCount(lang, e.customers)}</td>
            <td>${e.share === undefined ? '–' : formatPercent(lang, e.share)}</td>
          </tr>`,
      )}
    </tbody>
    <tfoot>
      <tr>
        <th scope="row">${t(lang, 'total')}</th>
        <td>${formatCount(lang, total)}</td>
        <td>${formatPercent(lang, 1)}</td>
      </tr>
    </tfoot>
  </table>`;
}
