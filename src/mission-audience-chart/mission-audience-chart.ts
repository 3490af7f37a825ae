import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
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
import { afterBlur, onIndexKey, renderAnnouncer } from '../base/chart-focus.js';
import { histogramLayout, type HistogramLayout } from '../charts/histogram.js';
import { formatPercent } from '../format/format.js';
import { sharedStyles, tokens } from '../theme/tokens.js';
import { chartFrameStyles, tableStyles } from '../theme/shared-parts.js';
import {
  audienceEntries,
  audienceSummary,
  entryFigures,
  entrySentence,
  unknownNote,
  type Entry,
} from './audience-chart-text.js';
import { renderAudiencePlot, renderAudienceTable } from './audience-chart-view.js';
import { audienceText } from './messages.js';
import { audienceStyles } from './mission-audience-chart.styles.js';

const HEIGHT = 240;
const MARGIN = { top: 10, right: 8, bottom: 28 };

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
  static override styles = [tokens, sharedStyles, tableStyles, chartFrameStyles, audienceStyles];

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
          ${
            tableView
              ? renderAudienceTable(this.locale, this.#title(), this.dimension, entries)
              : this.#renderChart(entries)
          }
        </div>`;
      },
    );
  }

  /** Brackets with formatted labels, then the unknown share. */
  #entries(value: AudienceResponse): Entry[] {
    return audienceEntries(this.locale, value, this.dimension);
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
    const tip = this._tip ? entries[this._tip.index] : undefined;
    return html`<figure class="figure">
      ${renderAudiencePlot({
        lang,
        entries,
        layout,
        width: layout.plot.x + layout.plot.width + MARGIN.right,
        height: HEIGHT,
        summary: audienceSummary(lang, this.#title(), entries),
        describedBy: 'plot-hint',
        active: this._tip?.index,
        onFocus: () => this.#move(this._index ?? 0, layout),
        onBlur: () => afterBlur(() => (this._tip = undefined)),
        onKeydown: (e) => this.#onKeydown(e, entries, layout),
        onBarPointer: (index, e) => this.#showTip('pointer', index, e.clientX, e.clientY),
        onBarLeave: () => {
          if (this._tip?.by === 'pointer') this._tip = undefined;
        },
      })}
      <span id="plot-hint" class="sr-only">${audienceText(lang, 'plotHint')}</span>
      <p part="unknown-note" class="unknown-note">${unknownNote(lang, entries.at(-1)!)}</p>
      ${renderTooltip('tooltip', tip ? html`<strong>${tip.label}</strong><br />${entryFigures(lang, tip)}` : '')}
      ${renderAnnouncer(this._tip?.by === 'keyboard' && tip ? entrySentence(lang, tip) : '')}
    </figure>`;
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
    const on = { move: (i: number) => this.#move(order[i]!, layout), hide: () => (this._tip = undefined) };
    onIndexKey(event, at, entries.length - 1, { upDown: true }, on);
  }

  override updated(): void {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('#tooltip');
    if (this._tip) showTooltipAt(tooltip, this._tip.x, this._tip.y);
    else hideTooltip(tooltip);
  }
}
