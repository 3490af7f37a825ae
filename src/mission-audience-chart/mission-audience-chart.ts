import { html, svg, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  AUDIENCE_DIMENSIONS,
  audienceResponse,
  type AudienceDimension,
  type AudienceResponse,
} from '../data/contract.js';
import { ResourceController, type ResourceSource } from '../data/resource-controller.js';
import { renderViewToggle } from '../base/view-toggle.js';
import { MissionElement, type WidgetState } from '../base/mission-element.js';
import { ResizeController } from '../base/resize-controller.js';
import { hideTooltip, renderTooltip, showTooltipAt } from '../base/tooltip.js';
import { audienceShares, bracketLabel } from '../metrics/audience.js';
import { histogramLayout, type HistogramLayout } from '../charts/histogram.js';
import { formatCount, formatPercent } from '../format/format.js';
import { sharedStyles, tokens } from '../theme/tokens.js';
import { tableStyles } from '../theme/shared-parts.js';
import { audienceText } from './messages.js';
import { audienceStyles } from './mission-audience-chart.styles.js';

const HEIGHT = 240;
const MARGIN = { top: 10, right: 8, bottom: 28 };

/** One bar: a bracket, or the unknown share drawn apart. */
interface Entry {
  label: string;
  customers: number;
  share: number | undefined;
  unknown: boolean;
}

/**
 * Engaged customers of the period by Instagram followers, TikTok followers or
 * age bracket, one bar per bracket, with the customers whose data is unknown
 * as a separate, dashed bar and a note. Shares are of ALL engaged customers,
 * unknown included, so the bars and the unknown share add up to 100%.
 * One `audience` request serves every dimension: three charts on a page
 * (one per dimension) make one request.
 *
 * Keyboard: the chart is one tab stop; arrow keys, Home and End move across
 * brackets, each showing its tooltip and announced; Escape hides it. "Data
 * table" switches to a table of the same figures.
 *
 * @summary Histogram of engaged customers by followers or age, unknown apart.
 * @tag mission-audience-chart
 *
 * @fires data-error - The audience could not be loaded, did not match the contract, or `dimension` is unknown. Detail: `{ status, message, resource, kind }`.
 *
 * @csspart base - The wrapper of every state.
 * @csspart status - The loading, empty, idle or error box.
 * @csspart error-title - The error's title, by kind of failure.
 * @csspart error-message - The error's readable message.
 * @csspart retry-button - The button that asks again after an error.
 * @csspart toolbar - The bar holding the view switch.
 * @csspart view-toggle - The button switching between chart and data table.
 * @csspart plot - The focusable chart area (one tab stop).
 * @csspart chart - The SVG histogram.
 * @csspart bar - One bracket's bar (`data-index`; the unknown bar also has class `unknown`).
 * @csspart axis - The x and y axes' labels.
 * @csspart unknown-note - The sentence giving the unknown share.
 * @csspart tooltip - The tooltip of the bar under the pointer or focus.
 * @csspart table - The data table view.
 *
 * @cssprop --mission-color-bar - Colour of the bars (default: the classic colour).
 * @cssprop --mission-color-surface - Background.
 * @cssprop --mission-color-surface-raised - Tooltip background and the unknown bar's fill.
 * @cssprop --mission-color-text - Text colour.
 * @cssprop --mission-color-muted - Axis labels, the unknown bar's outline.
 * @cssprop --mission-color-border - Grid lines.
 * @cssprop --mission-color-focus - Focus ring and the active bar.
 * @cssprop --mission-font-family - Font.
 */
export class MissionAudienceChart extends MissionElement {
  static override styles = [tokens, sharedStyles, tableStyles, audienceStyles];

  static override properties: PropertyDeclarations = {
    ...MissionElement.properties,
    data: { attribute: false },
    dimension: { type: String, reflect: true },
    view: { type: String, reflect: true },
    _index: { state: true },
    _tip: { state: true },
  };

  /** The `audience` resource as data (every dimension): when set, nothing is fetched. */
  declare data: AudienceResponse | undefined;
  /** `instagram` (default), `tiktok` or `age`. Anything else is shown as an error. */
  declare dimension: AudienceDimension;
  /** `chart` (default) or `table`: the accessible data-table view of the same figures. */
  declare view: 'chart' | 'table';
  /** The bar that holds the keyboard position. */
  declare _index: number | undefined;
  /** Why the tooltip shows, and where (viewport point); only the keyboard's is announced. */
  declare _tip: { by: 'pointer' | 'keyboard'; index: number; x: number; y: number } | undefined;

  readonly #audience = new ResourceController(this, {
    resource: 'audience',
    schema: audienceResponse,
    source: () => this.#source(),
  });
  readonly #size = new ResizeController(this);

  constructor() {
    super();
    this.dimension = 'instagram';
    this.view = 'chart';
  }

  get state(): WidgetState {
    return this.stateOf(this.#audience, (value) => this.#entries(value).every((e) => e.customers === 0));
  }

  #source(): ResourceSource {
    if (!(AUDIENCE_DIMENSIONS as readonly string[]).includes(this.dimension)) {
      const known = AUDIENCE_DIMENSIONS.join(', ');
      return {
        kind: 'invalid',
        message: `dimension must be one of ${known}, got "${this.dimension}"`,
      };
    }
    return this.sourceFor(this.data, 'audience');
  }

  override render() {
    return this.renderStates(
      this.#audience,
      (value) => this.#entries(value).every((e) => e.customers === 0),
      (value) => {
        const entries = this.#entries(value);
        const tableView = this.view === 'table';
        return html`<div part="base">
          ${renderViewToggle(this.locale, tableView, () => (this.view = tableView ? 'chart' : 'table'))}
          ${tableView ? this.#renderTable(entries) : this.#renderChart(entries)}
        </div>`;
      },
    );
  }

  /** Brackets with formatted labels, then the unknown share. */
  #entries(value: AudienceResponse): Entry[] {
    const lang = this.locale;
    const shares = audienceShares(value[this.dimension]);
    return [
      ...shares.buckets.map((b) => ({
        label: bracketLabel(lang, this.dimension, b.min, b.max),
        customers: b.customers,
        share: b.share,
        unknown: false,
      })),
      {
        label: audienceText(lang, 'unknown'),
        customers: shares.unknown.customers,
        share: shares.unknown.share,
        unknown: true,
      },
    ];
  }

  #title(): string {
    return audienceText(this.locale, `title_${this.dimension}`, { period: this.periodText() });
  }

  #layout(entries: Entry[]): HistogramLayout {
    const lang = this.locale;
    const width = this.#size.width || 480;
    // The left margin fits the longest y label ("100%" ≈ 4 characters of 6.5 px).
    const left = 12 + 6.5 * Math.max(...[0, 0.5, 1].map((v) => formatPercent(lang, v).length));
    return histogramLayout(
      entries.map((e) => ({ value: e.share ?? 0, apart: e.unknown })),
      { width, height: HEIGHT, margin: { ...MARGIN, left }, apartGap: 24 },
    );
  }

  #renderChart(entries: Entry[]): TemplateResult {
    const lang = this.locale;
    const layout = this.#layout(entries);
    const { plot } = layout;
    const tip = this._tip ? entries[this._tip.index] : undefined;
    const unknown = entries.at(-1)!;
    return html`<figure class="figure">
      <div
        part="plot"
        class="plot"
        tabindex="0"
        role="img"
        aria-label=${this.#summary(entries)}
        aria-describedby="plot-hint"
        @focus=${() => this.#move(this._index ?? 0, layout)}
        @blur=${() => (this._tip = undefined)}
        @keydown=${(e: KeyboardEvent) => this.#onKeydown(e, entries, layout)}
      >
        <svg part="chart" width=${plot.x + plot.width + MARGIN.right} height=${HEIGHT} aria-hidden="true">
          <g class="grid">
            ${layout.ticks.map((t) => svg`<line x1=${plot.x} x2=${plot.x + plot.width} y1=${t.y} y2=${t.y}></line>`)}
          </g>
          ${
            layout.separator === undefined
              ? nothing
              : svg`<line class="separator" x1=${layout.separator} x2=${layout.separator} y1=${plot.y} y2=${plot.y + plot.height}></line>`
          }
          ${layout.bars.map((bar) => {
            const entry = entries[bar.index]!;
            return svg`<rect part="bar" class="bar ${entry.unknown ? 'unknown' : ''} ${this._tip?.index === bar.index ? 'active' : ''}"
              data-index=${bar.index} x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height}
              @pointerenter=${(e: PointerEvent) => this.#showTip('pointer', bar.index, e.clientX, e.clientY)}
              @pointermove=${(e: PointerEvent) => this.#showTip('pointer', bar.index, e.clientX, e.clientY)}
              @pointerleave=${() => {
                if (this._tip?.by === 'pointer') this._tip = undefined;
              }}></rect>`;
          })}
          <g part="axis" class="axis y-axis">
            ${layout.ticks.map((t) => svg`<text x=${plot.x - 6} y=${t.y}>${formatPercent(lang, t.value)}</text>`)}
          </g>
          <g part="axis" class="axis x-axis">
            ${layout.bars.map((bar) => {
              const entry = entries[bar.index]!;
              return svg`<text class=${entry.unknown ? 'unknown' : ''} x=${bar.centre} y=${plot.y + plot.height + 16}>${entry.label}</text>`;
            })}
          </g>
        </svg>
      </div>
      <span id="plot-hint" class="sr-only">${audienceText(lang, 'plotHint')}</span>
      <p part="unknown-note" class="unknown-note">${this.#unknownNote(unknown)}</p>
      ${renderTooltip('tooltip', tip ? html`<strong>${tip.label}</strong><br />${this.#figures(tip)}` : '')}
      <div class="sr-only" aria-live="polite">
        ${this._tip?.by === 'keyboard' && tip ? this.#sentence(tip) : ''}
      </div>
    </figure>`;
  }

  #renderTable(entries: Entry[]): TemplateResult {
    const lang = this.locale;
    const total = entries.reduce((sum, e) => sum + e.customers, 0);
    return html`<table part="table">
      <caption>
        ${this.#title()}
      </caption>
      <thead>
        <tr>
          <th scope="col">${audienceText(lang, `column_${this.dimension}`)}</th>
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
          <th scope="row">${this.msg('total')}</th>
          <td>${formatCount(lang, total)}</td>
          <td>${formatPercent(lang, 1)}</td>
        </tr>
      </tfoot>
    </table>`;
  }

  #figures(entry: Entry): string {
    const lang = this.locale;
    return `${formatCount(lang, entry.customers)} · ${formatPercent(lang, entry.share ?? 0)}`;
  }

  #sentence(entry: Entry): string {
    const lang = this.locale;
    return audienceText(lang, 'bucketSentence', {
      label: entry.label,
      count: formatCount(lang, entry.customers),
      share: formatPercent(lang, entry.share ?? 0),
    });
  }

  #unknownNote(unknown: Entry): string {
    const lang = this.locale;
    return audienceText(lang, 'unknownNote', {
      share: formatPercent(lang, unknown.share ?? 0),
      count: formatCount(lang, unknown.customers),
    });
  }

  #summary(entries: Entry[]): string {
    const lang = this.locale;
    const total = entries.reduce((sum, e) => sum + e.customers, 0);
    return audienceText(lang, 'summary', {
      title: this.#title(),
      total: formatCount(lang, total),
      parts: entries.map((e) => `${e.label} ${formatPercent(lang, e.share ?? 0)}`).join(', '),
    });
  }

  #showTip(by: 'pointer' | 'keyboard', index: number, x: number, y: number): void {
    this._tip = { by, index, x, y };
  }

  /** Moves the keyboard position to bar `index`, its tooltip at the bar's top centre. */
  #move(index: number, layout: HistogramLayout): void {
    this._index = index;
    const bar = layout.bars.find((b) => b.index === index);
    const chart = this.renderRoot.querySelector<SVGSVGElement>('[part~="chart"]');
    const matrix = chart?.getScreenCTM();
    const point = bar && matrix ? new DOMPoint(bar.centre, bar.y).matrixTransform(matrix) : new DOMPoint();
    this.#showTip('keyboard', index, point.x, point.y);
  }

  #onKeydown(event: KeyboardEvent, entries: Entry[], layout: HistogramLayout): void {
    // Keyboard order is the drawing order (brackets, then unknown): the layout's.
    const order = layout.bars.map((b) => b.index);
    const at = Math.max(0, order.indexOf(this._index ?? order[0]!));
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(at + 1, entries.length - 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(at - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = entries.length - 1;
        break;
      case 'Escape':
        this._tip = undefined;
        return;
      default:
        return;
    }
    event.preventDefault();
    this.#move(order[next]!, layout);
  }

  override updated(): void {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('#tooltip');
    if (this._tip) showTooltipAt(tooltip, this._tip.x, this._tip.y);
    else hideTooltip(tooltip);
  }
}
