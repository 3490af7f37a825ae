import { html, svg, nothing, type PropertyDeclarations } from 'lit';
import { MISSION_TYPES, summaryResponse, type MissionType, type SummaryResponse } from '../data/contract.js';
import { ResourceController } from '../data/resource-controller.js';
import { renderViewToggle } from '../base/view-toggle.js';
import { MissionElement, type WidgetState } from '../base/mission-element.js';
import { renderVariation, variationText } from '../base/variation-view.js';
import { hideTooltip, renderTooltip, showTooltipAt } from '../base/tooltip.js';
import { renderTypeLegend, toggled } from '../base/type-legend.js';
import { typeShares, type TypeShare } from '../metrics/summary.js';
import { donutLayout } from '../charts/donut-layout.js';
import { formatCount, formatPercent } from '../format/format.js';
import { sharedStyles, tokens } from '../theme/tokens.js';
import { tableStyles, typeColorStyles, typeLegendStyles } from '../theme/shared-parts.js';
import { donutText } from './messages.js';
import { donutStyles } from './mission-type-donut.styles.js';

const RADIUS = 96;

/**
 * Share of validated missions by type, with each type's variation vs the
 * previous period and the total in the centre.
 *
 * Keyboard: the chart is one tab stop; arrow keys, Home and End move across
 * slices, each showing its tooltip; Escape hides it. Legend buttons hide or
 * show a type. "Data table" switches to a table of the same figures.
 *
 * @summary Donut of validated missions by mission type.
 * @tag mission-type-donut
 *
 * @fires data-error - The summary could not be loaded or did not match the contract. Detail: `{ status, message, resource, kind }`.
 * @fires mission-type-toggle - A legend button hid or showed a type. Detail: `{ type, hidden }`.
 *
 * @csspart base - The wrapper of every state.
 * @csspart status - The loading, empty, idle or error box.
 * @csspart error-title - The error's title, by kind of failure.
 * @csspart error-message - The error's readable message.
 * @csspart retry-button - The button that asks again after an error.
 * @csspart toolbar - The bar holding the view switch.
 * @csspart view-toggle - The button switching between chart and data table.
 * @csspart chart - The SVG donut.
 * @csspart slice - One type's slice (with `data-type`).
 * @csspart total - The total in the centre.
 * @csspart legend - The list of legend buttons.
 * @csspart legend-item - One type's legend button (`aria-pressed` false when hidden).
 * @csspart variation - A type's variation vs the previous period.
 * @csspart tooltip - The tooltip of the slice under the pointer or focus.
 * @csspart table - The data table view.
 *
 * @cssprop --mission-color-classic - Colour of classic missions.
 * @cssprop --mission-color-content - Colour of content missions.
 * @cssprop --mission-color-review - Colour of review missions.
 * @cssprop --mission-color-engagement - Colour of engagement missions.
 * @cssprop --mission-color-surface - Background, and the gap between slices.
 * @cssprop --mission-color-surface-raised - Tooltip background.
 * @cssprop --mission-color-text - Text colour.
 * @cssprop --mission-color-muted - Secondary text colour.
 * @cssprop --mission-color-focus - Focus ring.
 * @cssprop --mission-donut-size - Largest width of the donut (default 15rem).
 * @cssprop --mission-font-family - Font.
 */
export class MissionTypeDonut extends MissionElement {
  static override styles = [
    tokens,
    sharedStyles,
    typeColorStyles,
    typeLegendStyles,
    tableStyles,
    donutStyles,
  ];

  static override properties: PropertyDeclarations = {
    ...MissionElement.properties,
    data: { attribute: false },
    view: { type: String, reflect: true },
    _hidden: { state: true },
    _active: { state: true },
    _tip: { state: true },
  };

  /** The `summary` resource as data: when set, nothing is fetched. */
  declare data: SummaryResponse | undefined;
  /** `chart` (default) or `table`: the accessible data-table view of the same figures. */
  declare view: 'chart' | 'table';
  declare _hidden: ReadonlySet<MissionType>;
  /** The slice that holds the chart's one tab stop. */
  declare _active: MissionType | undefined;
  /** The slice whose tooltip shows, and where. */
  declare _tip: { type: MissionType; x: number; y: number } | undefined;

  readonly #summary = new ResourceController(this, {
    resource: 'summary',
    schema: summaryResponse,
    source: () => this.sourceFor(this.data, 'summary'),
  });

  constructor() {
    super();
    this.view = 'chart';
    this._hidden = new Set();
  }

  get state(): WidgetState {
    return this.stateOf(this.#summary, isEmptySummary);
  }

  /** Types hidden through the legend. */
  get hiddenTypes(): ReadonlySet<MissionType> {
    return this._hidden;
  }

  override render() {
    return this.renderStates(this.#summary, isEmptySummary, (summary) => {
      const shares = typeShares(summary);
      const period = this.periodText(summary.current);
      const tableView = this.view === 'table';
      return html`<div part="base">
        ${renderViewToggle(this.locale, tableView, () => (this.view = tableView ? 'chart' : 'table'))}
        ${tableView ? this.#renderTable(shares, period) : this.#renderChart(shares, period)}
      </div>`;
    });
  }

  #renderChart(shares: TypeShare[], period: string) {
    const lang = this.locale;
    const visible = shares.filter((s) => !this._hidden.has(s.type));
    const slices = donutLayout(
      visible.map((s) => ({ key: s.type, value: s.count })),
      { radius: RADIUS },
    );
    const total = shares.reduce((sum, s) => sum + s.count, 0);
    const shownTotal = visible.reduce((sum, s) => sum + s.count, 0);
    const active = slices.some((s) => s.key === this._active) ? this._active : slices[0]?.key;
    const byType = new Map(shares.map((s) => [s.type, s]));
    const summaryText = donutText(this.locale, 'donutSummary', {
      total: formatCount(lang, total),
      parts: shares
        .map(
          (s) =>
            `${this.msg(`type_${s.type}`)} ${formatCount(lang, s.count)} (${formatPercent(lang, s.share ?? 0)})`,
        )
        .join(', '),
    });
    const tip = this._tip ? byType.get(this._tip.type) : undefined;
    return html`<figure class="layout" aria-label=${donutText(this.locale, 'donutLabel', { period: period })}>
      <svg part="chart" viewBox="-100 -100 200 200" role="group" aria-label=${summaryText}>
        <g
          role="list"
          aria-label=${donutText(this.locale, 'donutLabel', { period: period })}
          @keydown=${(e: KeyboardEvent) =>
            this.#onKeydown(
              e,
              slices.map((s) => s.key),
            )}
        >
          ${slices.map((slice) => {
            const share = byType.get(slice.key)!;
            return svg`<path
              part="slice"
              class="slice ${this._tip?.type === slice.key ? 'active' : ''}"
              role="listitem"
              data-type=${slice.key}
              d=${slice.path}
              tabindex=${slice.key === active ? '0' : '-1'}
              aria-label=${this.#sliceLabel(share)}
              @pointerenter=${(e: PointerEvent) => this.#showTip(slice.key, e.clientX, e.clientY)}
              @pointermove=${(e: PointerEvent) => this.#showTip(slice.key, e.clientX, e.clientY)}
              @pointerleave=${() => (this._tip = undefined)}
              @focus=${(e: FocusEvent) => this.#focusSlice(slice.key, slice.centroid, e.target as SVGPathElement)}
              @blur=${() => (this._tip = undefined)}
            ></path>`;
          })}
        </g>
        <g aria-hidden="true">
          ${
            slices.length === 0
              ? svg`<text class="centre-label" y="4">${donutText(this.locale, 'allHiddenShort')}</text>`
              : svg`<text part="total" class="centre-value" y="6">${formatCount(lang, shownTotal)}</text>
              <text class="centre-label" y="26">${donutText(lang, shownTotal === total ? 'donutTotal' : 'donutTotalShown')}</text>`
          }
        </g>
      </svg>
      ${this.#renderLegend(shares)}
      ${slices.length === 0 ? html`<p class="muted all-hidden" role="status">${donutText(this.locale, 'allTypesHidden')}</p>` : nothing}
      ${renderTooltip(
        'tooltip',
        tip
          ? html`<strong>${this.msg(`type_${tip.type}`)}</strong><br />${formatCount(lang, tip.count)} ·
              ${formatPercent(lang, tip.share ?? 0)}<br />${variationText(lang, tip.variation)}
              (${formatCount(lang, tip.previous)})`
          : '',
      )}
    </figure>`;
  }

  #renderLegend(shares: TypeShare[]) {
    const lang = this.locale;
    return renderTypeLegend(
      lang,
      donutText(lang, 'legendLabel'),
      shares.map((s) => ({
        type: s.type,
        figures: `${formatCount(lang, s.count)} · ${s.share === undefined ? '–' : formatPercent(lang, s.share)}`,
        extra: renderVariation(lang, s.variation),
      })),
      this._hidden,
      (type) => this.#toggle(type),
    );
  }

  #renderTable(shares: TypeShare[], period: string) {
    const lang = this.locale;
    const total = shares.reduce((sum, s) => sum + s.count, 0);
    const previous = shares.reduce((sum, s) => sum + s.previous, 0);
    return html`<table part="table">
      <caption>
        ${donutText(this.locale, 'tableCaption', { period: period })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${this.msg('columnType')}</th>
          <th scope="col">${this.msg('columnCount')}</th>
          <th scope="col">${this.msg('columnShare')}</th>
          <th scope="col">${this.msg('columnPrevious')}</th>
          <th scope="col">${this.msg('columnVariation')}</th>
        </tr>
      </thead>
      <tbody>
        ${shares.map(
          (s) =>
            html`<tr>
              <th scope="row">${this.msg(`type_${s.type}`)}</th>
              <td>${formatCount(lang, s.count)}</td>
              <td>${s.share === undefined ? '–' : formatPercent(lang, s.share)}</td>
              <td>${formatCount(lang, s.previous)}</td>
              <td>${variationText(lang, s.variation)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${this.msg('total')}</th>
          <td>${formatCount(lang, total)}</td>
          <td>${total > 0 ? formatPercent(lang, 1) : '–'}</td>
          <td>${formatCount(lang, previous)}</td>
          <td></td>
        </tr>
      </tfoot>
    </table>`;
  }

  #sliceLabel(share: TypeShare): string {
    const lang = this.locale;
    return donutText(this.locale, 'sliceLabel', {
      type: this.msg(`type_${share.type}`),
      count: formatCount(lang, share.count),
      share: formatPercent(lang, share.share ?? 0),
      variation: variationText(lang, share.variation),
    });
  }

  #toggle(type: MissionType): void {
    const hidden = toggled(this._hidden, type);
    this._hidden = hidden;
    this._tip = undefined;
    this.emit('mission-type-toggle', { type, hidden: hidden.has(type) });
  }

  #showTip(type: MissionType, x: number, y: number): void {
    this._tip = { type, x, y };
  }

  #focusSlice(type: MissionType, centroid: [number, number], path: SVGPathElement): void {
    this._active = type;
    const matrix = path.ownerSVGElement?.getScreenCTM();
    const point = matrix ? new DOMPoint(centroid[0], centroid[1]).matrixTransform(matrix) : new DOMPoint();
    this.#showTip(type, point.x, point.y);
  }

  #onKeydown(event: KeyboardEvent, order: MissionType[]): void {
    const current = order.indexOf(this._active ?? order[0]!);
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = (current + 1) % order.length;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = (current - 1 + order.length) % order.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = order.length - 1;
        break;
      case 'Escape':
        this._tip = undefined;
        return;
      default:
        return;
    }
    event.preventDefault();
    const type = order[next]!;
    this._active = type;
    const target = this.renderRoot.querySelector<SVGPathElement>(`.slice[data-type="${type}"]`);
    target?.focus();
  }

  override updated(): void {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('#tooltip');
    if (this._tip) showTooltipAt(tooltip, this._tip.x, this._tip.y);
    else hideTooltip(tooltip);
  }
}

/** No validation of any type in the period. */
function isEmptySummary(summary: SummaryResponse): boolean {
  return MISSION_TYPES.every((type) => summary.current.byType[type] === 0);
}
