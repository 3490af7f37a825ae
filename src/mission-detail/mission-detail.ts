import { html, nothing, svg, type PropertyDeclarations } from 'lit';
import { missionDetailResponse, type MissionDetailResponse } from '../data/contract.js';
import { ResourceController, type ResourceSource } from '../data/resource-controller.js';
import { renderViewToggle } from '../base/view-toggle.js';
import { MissionElement, type WidgetState } from '../base/mission-element.js';
import { ResizeController } from '../base/resize-controller.js';
import { renderVariation } from '../base/variation-view.js';
import { barChartFrame } from '../charts/bar-chart-frame.js';
import { bucketLabel, tickLabel } from '../charts/time-labels.js';
import { bucketSeries, seriesTotal, type BucketedSeries } from '../metrics/daily.js';
import { variation } from '../metrics/variation.js';
import { formatCount } from '../format/format.js';
import { sharedStyles, tokens } from '../theme/tokens.js';
import { chartFrameStyles, tableStyles, typeColorStyles, typeLegendStyles } from '../theme/shared-parts.js';
import { detailText } from './messages.js';
import { detailStyles } from './mission-detail.styles.js';

const HEIGHT = 140;

/**
 * One mission's own statistics over the period: its type, title and
 * description, validations and distinct customers with their variation vs the
 * previous period, and its validations as bars by day (week or month for long
 * periods, as `<mission-daily-chart resolution="auto">`), drawn by the same
 * geometry functions. The series is a single path; "Data table" lists it.
 *
 * The series is drawn over the element's period (`from`/`to`, else the
 * provider's, else the last 30 days): days outside it are left out.
 *
 * @summary One mission's validations, customers, variations and daily series.
 * @tag mission-detail
 *
 * @fires data-error - The mission could not be loaded (e.g. HTTP 404) or did not match the contract. Detail: `{ status, message, resource, kind }`.
 *
 * @csspart base - The wrapper of every state.
 * @csspart status - The loading, empty, idle or error box.
 * @csspart error-title - The error's title, by kind of failure.
 * @csspart error-message - The error's readable message.
 * @csspart retry-button - The button that asks again after an error.
 * @csspart type - The mission type (colour swatch and name).
 * @csspart title - The mission's title.
 * @csspart description - The mission's description.
 * @csspart figures - The list of figures.
 * @csspart figure - One figure (validations or customers).
 * @csspart value - A figure's value.
 * @csspart variation - A figure's variation vs the previous period.
 * @csspart toolbar - The bar holding the view switch.
 * @csspart view-toggle - The button switching between chart and data table.
 * @csspart chart - The SVG bars of the series.
 * @csspart bars - The bars, a single path.
 * @csspart table - The data table view.
 *
 * @cssprop --mission-color-classic - Colour of classic missions.
 * @cssprop --mission-color-content - Colour of content missions.
 * @cssprop --mission-color-review - Colour of review missions.
 * @cssprop --mission-color-engagement - Colour of engagement missions.
 * @cssprop --mission-color-surface - Background.
 * @cssprop --mission-color-text - Text colour.
 * @cssprop --mission-color-muted - Secondary text and axis labels.
 * @cssprop --mission-color-border - Grid lines.
 * @cssprop --mission-color-positive - Colour of a rise.
 * @cssprop --mission-color-negative - Colour of a fall.
 * @cssprop --mission-font-family - Font.
 */
export class MissionDetail extends MissionElement {
  static override styles = [
    tokens,
    sharedStyles,
    typeColorStyles,
    typeLegendStyles,
    tableStyles,
    chartFrameStyles,
    detailStyles,
  ];

  static override properties: PropertyDeclarations = {
    ...MissionElement.properties,
    missionId: { type: String, attribute: 'mission-id' },
    data: { attribute: false },
    view: { type: String, reflect: true },
  };

  /** Id of the mission; the element asks `{endpoint}/missions/{id}` (the id URL-encoded). */
  declare missionId: string | undefined;
  /** The `missions/{id}` resource as data: when set, nothing is fetched. */
  declare data: MissionDetailResponse | undefined;
  /** `chart` (default) or `table`: the series as a data table. */
  declare view: 'chart' | 'table';

  readonly #detail = new ResourceController(this, {
    resource: 'missions/{id}',
    schema: missionDetailResponse,
    source: () => this.#source(),
  });
  readonly #size = new ResizeController(this);

  constructor() {
    super();
    this.view = 'chart';
  }

  get state(): WidgetState {
    return this.stateOf(this.#detail, () => false);
  }

  #source(): ResourceSource {
    if (this.data !== undefined) return this.sourceFor(this.data, '');
    if (!this.missionId) return { kind: 'idle' };
    return this.sourceFor(undefined, `missions/${encodeURIComponent(this.missionId)}`);
  }

  override render() {
    if (this.state === 'idle' && !this.missionId && this.effectiveEndpoint) {
      return html`<div part="base status" class="state" data-state="idle">
        ${detailText(this.locale, 'noMission')}
      </div>`;
    }
    return this.renderStates(
      this.#detail,
      () => false,
      (detail) => this.#renderDetail(detail),
    );
  }

  #renderDetail(detail: MissionDetailResponse) {
    const lang = this.locale;
    const { mission, current, previous } = detail;
    const { from, to } = this.period;
    const series = bucketSeries(from, to, 'auto', detail.days, [(day) => day.validations]);
    const tableView = this.view === 'table';
    const figures = [
      { key: 'validations', now: current.validations, before: previous.validations },
      { key: 'customers', now: current.customers, before: previous.customers },
    ] as const;
    return html`<article
      part="base"
      aria-label=${detailText(lang, 'detailLabel', { period: this.periodText() })}
    >
      <div class="header">
        <div class="tags">
          <span part="type" class="type" data-type=${mission.type}
            ><span class="swatch" aria-hidden="true"></span>${this.msg(`type_${mission.type}`)}</span
          >
          ${mission.active ? nothing : html`<span class="badge">${detailText(lang, 'inactive')}</span>`}
        </div>
        <p part="title" class="title">${mission.title}</p>
        ${mission.description ? html`<p part="description" class="description">${mission.description}</p>` : nothing}
      </div>
      <dl part="figures" class="figures">
        ${figures.map(
          (figure) =>
            html`<div part="figure" data-figure=${figure.key}>
              <dt>${detailText(lang, figure.key)}</dt>
              <dd>
                <span part="value" class="value">${formatCount(lang, figure.now)}</span>
                ${renderVariation(lang, variation(figure.now, figure.before))}
              </dd>
            </div>`,
        )}
      </dl>
      ${renderViewToggle(this.locale, tableView, () => (this.view = tableView ? 'chart' : 'table'))}
      ${tableView ? this.#renderTable(series) : this.#renderChart(series, mission.type)}
    </article>`;
  }

  #seriesTitle(series: BucketedSeries): string {
    return detailText(this.locale, `series_${series.resolution}`, { period: this.periodText() });
  }

  #renderChart(series: BucketedSeries, type: MissionDetailResponse['mission']['type']) {
    const lang = this.locale;
    const values = series.values[0] ?? [];
    const total = seriesTotal(values);
    if (total === 0) return html`<p class="muted">${detailText(lang, 'noValidation')}</p>`;
    const { layout, xTicks, yTicks } = barChartFrame({
      starts: series.buckets.map((b) => b.start),
      resolution: series.resolution,
      series: [values],
      width: this.#size.width || this.clientWidth || 480,
      height: HEIGHT,
      formatValue: (value) => formatCount(lang, value),
      formatStart: (start) => tickLabel(lang, series.resolution, start),
    });
    const { plot } = layout;
    let peak = 0;
    values.forEach((value, i) => {
      if (value > values[peak]!) peak = i;
    });
    const summary = detailText(lang, 'seriesSummary', {
      title: this.#seriesTitle(series),
      total: formatCount(lang, total),
      peak: formatCount(lang, values[peak] ?? 0),
      date: bucketLabel(lang, series.buckets[peak]!),
    });
    return html`<svg
      part="chart"
      width=${plot.left + plot.width + 8}
      height=${HEIGHT}
      role="img"
      aria-label=${summary}
    >
      <path class="grid" d=${layout.grid}></path>
      <path part="bars" class="bars" data-type=${type} d=${layout.paths[0]!}></path>
      <g class="axis y-axis" aria-hidden="true">
        ${yTicks.map((t) => svg`<text x=${plot.left - 6} y=${t.at}>${t.label}</text>`)}
      </g>
      <g class="axis x-axis" aria-hidden="true">
        ${xTicks.map((t) => svg`<text x=${t.at} y=${plot.top + plot.height + 16}>${t.label}</text>`)}
      </g>
    </svg>`;
  }

  #renderTable(series: BucketedSeries) {
    const lang = this.locale;
    const values = series.values[0] ?? [];
    return html`<table part="table">
      <caption>
        ${this.#seriesTitle(series)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${detailText(lang, `column_${series.resolution}`)}</th>
          <th scope="col">${detailText(lang, 'validations')}</th>
        </tr>
      </thead>
      <tbody>
        ${series.buckets.map(
          (bucket, i) =>
            html`<tr>
              <th scope="row">${bucketLabel(lang, bucket)}</th>
              <td>${formatCount(lang, values[i] ?? 0)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${this.msg('total')}</th>
          <td>${formatCount(lang, seriesTotal(values))}</td>
        </tr>
      </tfoot>
    </table>`;
  }
}
