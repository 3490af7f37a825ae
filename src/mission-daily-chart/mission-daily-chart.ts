import { html, nothing, type PropertyDeclarations } from 'lit';
import { dailyResponse, type DailyResponse, type MissionType } from '../data/contract.js';
import { ResourceController, type ResourceSource } from '../data/resource-controller.js';
import { renderViewToggle } from '../base/view-toggle.js';
import { MissionElement, type WidgetState } from '../base/mission-element.js';
import { ResizeController } from '../base/resize-controller.js';
import { hideTooltip, renderTooltip, showTooltipAt } from '../base/tooltip.js';
import { afterBlur, onIndexKey, renderAnnouncer } from '../base/chart-focus.js';
import { toggled } from '../base/type-legend.js';
import type { BarChartFrame } from '../charts/bar-chart-frame.js';
import { barIndexAt } from '../charts/stacked-bars.js';
import { bucketDaily, isResolutionSetting, type DailyBuckets, type Resolution } from '../metrics/daily.js';
import { sharedStyles, tokens } from '../theme/tokens.js';
import { chartFrameStyles, tableStyles, typeColorStyles, typeLegendStyles } from '../theme/shared-parts.js';
import { barCounts, barSentence, plotSummary } from './daily-chart-text.js';
import { renderDailyLegend, renderDailyPlot, renderDailyTip } from './daily-chart-view.js';
import { dailyFrame, isEmptyDaily, outsideWarning, resolutionProblem } from './daily-chart-data.js';
import { renderDailyTable } from './daily-chart-table.js';
import { dailyText } from './messages.js';
import { dailyChartStyles } from './mission-daily-chart.styles.js';

const HEIGHT = 240;
/** PageUp / PageDown move by a week of days, a month of weeks, a year of months. */
const PAGE: Record<Resolution, number> = { day: 7, week: 4, month: 12 };

/**
 * Validated missions over the period as stacked bars by type, one bar per
 * day, ISO week or month (`resolution`; `auto`: days up to 92 days, weeks up
 * to 730, months beyond). Days missing from the answer count zero; days
 * outside its `from..to` are left out with a console warning.
 *
 * Drawn with one path per type, whatever the number of bars; the bar under
 * the pointer is found by arithmetic. Keyboard: the plot is one tab stop;
 * Left/Right move by one bar, Home/End go to the first/last, PageUp/PageDown
 * jump 7 days, 4 weeks or 12 months; the tooltip follows and a live region
 * reads it; Escape hides it.
 *
 * @summary Stacked bars of validated missions per day, week or month.
 * @tag mission-daily-chart
 *
 * @fires data-error - The daily series could not be loaded or did not match the contract, or `resolution` is unknown. Detail: `{ status, message, resource, kind }`.
 * @fires mission-type-toggle - A legend button hid or showed a type. Detail: `{ type, hidden }`.
 *
 * @csspart base - The wrapper of every state.
 * @csspart status - The loading, empty, idle or error box.
 * @csspart error-title - The error's title, by kind of failure.
 * @csspart error-message - The error's readable message.
 * @csspart retry-button - The button that asks again after an error.
 * @csspart toolbar - The bar holding the view switch.
 * @csspart view-toggle - The button switching between chart and data table.
 * @csspart plot - The focusable plot (one tab stop).
 * @csspart chart - The SVG.
 * @csspart bars - One type's bars, a single path (with `data-type`).
 * @csspart highlight - The band behind the hovered or focused bar.
 * @csspart axis - The x and y axis labels.
 * @csspart legend - The list of legend buttons.
 * @csspart legend-item - One type's legend button (`aria-pressed` false when hidden).
 * @csspart tooltip - The tooltip of the bar under the pointer or focus.
 * @csspart table - The data table view.
 *
 * @cssprop --mission-color-classic - Colour of classic missions.
 * @cssprop --mission-color-content - Colour of content missions.
 * @cssprop --mission-color-review - Colour of review missions.
 * @cssprop --mission-color-engagement - Colour of engagement missions.
 * @cssprop --mission-color-surface - Background.
 * @cssprop --mission-color-surface-raised - Tooltip background.
 * @cssprop --mission-color-text - Text colour.
 * @cssprop --mission-color-muted - Axis labels and secondary text.
 * @cssprop --mission-color-border - Grid lines.
 * @cssprop --mission-color-focus - Focus ring.
 * @cssprop --mission-font-family - Font.
 */
export class MissionDailyChart extends MissionElement {
  static override styles = [
    tokens,
    sharedStyles,
    typeColorStyles,
    typeLegendStyles,
    tableStyles,
    chartFrameStyles,
    dailyChartStyles,
  ];

  static override properties: PropertyDeclarations = {
    ...MissionElement.properties,
    data: { attribute: false },
    resolution: { type: String, reflect: true },
    view: { type: String, reflect: true },
    _hidden: { state: true },
    _index: { state: true },
    _tip: { state: true },
  };

  /** The `daily` resource as data: when set, nothing is fetched. */
  declare data: DailyResponse | undefined;
  /** `day`, `week`, `month` or `auto` (default): how many days a bar holds. Anything else is an error. */
  declare resolution: string;
  /** `chart` (default) or `table`: the accessible data-table view of the same figures. */
  declare view: 'chart' | 'table';
  declare _hidden: ReadonlySet<MissionType>;
  /** The bar that holds the tooltip and keyboard position. */
  declare _index: number | undefined;
  /** Why the tooltip shows: pointer or keyboard (only the keyboard's is announced). */
  declare _tip: 'pointer' | 'keyboard' | undefined;

  readonly #daily = new ResourceController(this, {
    resource: 'daily',
    schema: dailyResponse,
    source: () => this.#source(),
  });
  readonly #size = new ResizeController(this);
  #buckets?: { value: DailyResponse; resolution: string; result: DailyBuckets };
  #frame?: { key: unknown[]; frame: BarChartFrame; types: MissionType[] };

  constructor() {
    super();
    this.resolution = 'auto';
    this.view = 'chart';
    this._hidden = new Set();
  }

  get state(): WidgetState {
    return this.stateOf(this.#daily, isEmptyDaily);
  }

  /** Types hidden through the legend. */
  get hiddenTypes(): ReadonlySet<MissionType> {
    return this._hidden;
  }

  #source(): ResourceSource {
    const problem = resolutionProblem(this.resolution);
    return problem ? { kind: 'invalid', message: problem } : this.sourceFor(this.data, 'daily');
  }

  override render() {
    // A newer answer is on its way: keep the bars shown, marked busy, rather than flash a skeleton.
    const shown = this.#daily.value;
    if (this.#daily.state === 'loading' && shown !== undefined && !isEmptyDaily(shown)) {
      return this.#renderReady(shown, true);
    }
    return this.renderStates(this.#daily, isEmptyDaily, (value) => this.#renderReady(value, false));
  }

  #renderReady(value: DailyResponse, busy: boolean) {
    const buckets = this.#bucketsOf(value);
    const tableView = this.view === 'table';
    return html`<div part="base" aria-busy=${busy ? 'true' : 'false'}>
      ${renderViewToggle(this.locale, tableView, () => (this.view = tableView ? 'chart' : 'table'))}
      ${tableView ? renderDailyTable(this.locale, this.#title(buckets), buckets) : this.#renderChart(buckets)}
    </div>`;
  }

  #title(buckets: DailyBuckets): string {
    const period = this.periodText(buckets);
    return dailyText(this.locale, `title_${buckets.resolution}`, { period });
  }

  #renderChart(buckets: DailyBuckets) {
    const lang = this.locale;
    const { frame, types } = this.#frameOf(buckets);
    const count = buckets.buckets.length;
    const index = this._index === undefined ? undefined : Math.min(this._index, count - 1);
    const bar = index === undefined ? undefined : buckets.buckets[index]!;
    const counts = index === undefined ? [] : barCounts(buckets, types, index);
    const allShown = this._hidden.size === 0;
    return html`<figure class="figure">
      ${renderDailyPlot({
        frame,
        types,
        height: HEIGHT,
        summary: plotSummary(lang, this.#title(buckets), buckets, frame.layout.totals, types.length > 0),
        highlight: this._tip ? index : undefined,
        onFocus: () => this.#move(this._index ?? count - 1),
        onBlur: () => afterBlur(() => (this._tip = undefined)),
        onKeydown: (e) => this.#onKeydown(e, buckets),
        onPointer: (e) => this.#onPointer(e, frame),
        onPointerLeave: () => {
          if (this._tip === 'pointer') this._tip = undefined;
        },
      })}
      ${renderDailyLegend(lang, buckets, this._hidden, (type) => this.#toggle(type))}
      ${
        types.length === 0
          ? html`<p class="muted" role="status">${dailyText(lang, 'allTypesHidden')}</p>`
          : nothing
      }
      ${renderTooltip('tooltip', this._tip && bar ? renderDailyTip(lang, bar, counts, allShown) : '')}
      ${renderAnnouncer(this._tip === 'keyboard' && bar ? barSentence(lang, bar, counts, allShown) : '')}
    </figure>`;
  }

  /** Buckets are computed once per answer and resolution, not per render (hover re-renders). */
  #bucketsOf(value: DailyResponse): DailyBuckets {
    const memo = this.#buckets;
    if (memo?.value === value && memo.resolution === this.resolution) return memo.result;
    const setting = isResolutionSetting(this.resolution) ? this.resolution : 'auto';
    const result = bucketDaily(value, setting);
    if (result.outside.length > 0) console.warn(outsideWarning(value, result.outside));
    this.#buckets = { value, resolution: this.resolution, result };
    return result;
  }

  /** Geometry for the measured width and the shown types, memoised for the same reason. */
  #frameOf(buckets: DailyBuckets): { frame: BarChartFrame; types: MissionType[] } {
    const width = this.#size.width || this.clientWidth || 640;
    const key = [buckets, width, this.locale, ...this._hidden];
    const memo = this.#frame;
    if (memo && memo.key.length === key.length && memo.key.every((k, i) => k === key[i])) return memo;
    this.#frame = { key, ...dailyFrame(this.locale, buckets, this._hidden, width, HEIGHT) };
    return this.#frame;
  }

  #toggle(type: MissionType): void {
    const hidden = toggled(this._hidden, type);
    this._hidden = hidden;
    this.emit('mission-type-toggle', { type, hidden: hidden.has(type) });
  }

  #move(index: number): void {
    this._index = Math.max(0, index);
    this._tip = 'keyboard';
  }

  #onPointer(event: PointerEvent, frame: BarChartFrame): void {
    const svgBox = (event.currentTarget as SVGRectElement).ownerSVGElement!.getBoundingClientRect();
    const index = barIndexAt(frame.layout, event.clientX - svgBox.left);
    if (index === undefined) return;
    this._index = index;
    this._tip = 'pointer';
  }

  #onKeydown(event: KeyboardEvent, buckets: DailyBuckets): void {
    const last = buckets.buckets.length - 1;
    onIndexKey(
      event,
      Math.min(this._index ?? last, last),
      last,
      { page: PAGE[buckets.resolution] },
      {
        move: (index) => this.#move(index),
        hide: () => (this._tip = undefined),
      },
    );
  }

  override updated(): void {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('#tooltip');
    const layout = this.#frame?.frame.layout;
    const chart = this.renderRoot.querySelector('svg[part="chart"]');
    const index = this._index;
    if (!this._tip || !layout || !chart || index === undefined || index >= layout.x.length) {
      hideTooltip(tooltip);
      return;
    }
    const box = chart.getBoundingClientRect();
    showTooltipAt(tooltip, box.left + layout.x[index]! + layout.barWidth / 2, box.top + layout.tops[index]!);
  }
}
