import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { impactResponse, type ImpactResponse } from '../data/contract.js';
import { ResourceController } from '../data/resource-controller.js';
import { MissionElement, type WidgetState } from '../base/mission-element.js';
import { impactTable, type ImpactFigures, type ImpactTable } from '../metrics/impact.js';
import { formatCount, formatCurrency, formatPercent } from '../format/format.js';
import { formatMultiple } from '../format/multiple.js';
import { downloadCsv, toCsv, type CsvCell } from '../format/csv.js';
import type { Lang } from '../format/messages.js';
import { sharedStyles, tokens } from '../theme/tokens.js';
import { tableStyles } from '../theme/shared-parts.js';
import { impactText } from './messages.js';
import { impactStyles } from './mission-impact-table.styles.js';

/**
 * What customers bring by number of missions validated in the period: one
 * row per k (the last reads "k or more"), with customers, their share of the
 * engaged customers, revenue per customer, average basket and average orders,
 * and a bar of revenue per customer against the largest, so its growth with k
 * shows. Customers without a mission (k = 0), when the data has them, are a
 * separate baseline group. Averages are derived from the server's sums in
 * `metrics/impact.ts`; one that would divide by zero shows "–" ("not available").
 *
 * @summary Revenue per customer by number of missions done, with CSV export.
 * @tag mission-impact-table
 *
 * @fires data-error - The impact rows could not be loaded or did not match the contract. Detail: `{ status, message, resource, kind }`.
 *
 * @csspart base - The wrapper of every state.
 * @csspart status - The loading, empty, idle or error box.
 * @csspart error-title - The error's title, by kind of failure.
 * @csspart error-message - The error's readable message.
 * @csspart retry-button - The button that asks again after an error.
 * @csspart toolbar - The bar holding the export button.
 * @csspart csv-button - The button that downloads the rows as CSV.
 * @csspart table - The table.
 * @csspart row - One row (with `data-k`; the baseline row has `data-k="0"`).
 * @csspart baseline - The row group of customers without a mission.
 * @csspart bar - A row's SVG bar of revenue per customer, relative to the largest.
 * @csspart multiple - A row's revenue per customer as a multiple of the one-mission customers' ("2.4×").
 *
 * @cssprop --mission-color-bar - Colour of the revenue bars (default: the classic colour).
 * @cssprop --mission-color-surface - Background.
 * @cssprop --mission-color-surface-raised - Track of the bars.
 * @cssprop --mission-color-text - Text colour.
 * @cssprop --mission-color-muted - Baseline row and secondary text colour.
 * @cssprop --mission-color-border - Table rules.
 * @cssprop --mission-color-focus - Focus ring.
 * @cssprop --mission-font-family - Font.
 */
export class MissionImpactTable extends MissionElement {
  static override styles = [tokens, sharedStyles, tableStyles, impactStyles];

  static override properties: PropertyDeclarations = {
    ...MissionElement.properties,
    data: { attribute: false },
  };

  /** The `impact` resource as data: when set, nothing is fetched. */
  declare data: ImpactResponse | undefined;

  readonly #impact = new ResourceController(this, {
    resource: 'impact',
    schema: impactResponse,
    source: () => this.sourceFor(this.data, 'impact'),
  });

  get state(): WidgetState {
    return this.stateOf(this.#impact, isEmptyImpact);
  }

  override render() {
    return this.renderStates(this.#impact, isEmptyImpact, (impact) => {
      const table = impactTable(impact);
      const lang = this.locale;
      const header = this.#header();
      return html`<div part="base">
        <div part="toolbar" class="toolbar">
          <button part="csv-button" type="button" @click=${() => this.#export(table)}>
            ${impactText(lang, 'exportCsv')}
          </button>
        </div>
        <div class="scroll">
          <table part="table">
            <caption>
              ${impactText(lang, 'caption', { period: this.periodText() })}
            </caption>
            <thead>
              <tr>
                ${header.map((label, i) => html`<th scope="col" class=${i === 6 ? 'growth' : ''}>${label}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${table.rows.map((row) => this.#renderRow(row, table))}
            </tbody>
            ${
              table.baseline
                ? html`<tbody
                    part="baseline"
                    class="baseline"
                    aria-label=${impactText(lang, 'baselineGroup')}
                  >
                    ${this.#renderRow(table.baseline, table)}
                  </tbody>`
                : ''
            }
          </table>
        </div>
      </div>`;
    });
  }

  #header(): string[] {
    const lang = this.locale;
    return [
      impactText(lang, 'columnMissions'),
      impactText(lang, 'columnCustomers'),
      impactText(lang, 'columnShare'),
      impactText(lang, 'columnRevenuePerCustomer'),
      impactText(lang, 'columnAverageBasket'),
      impactText(lang, 'columnAverageOrders'),
      impactText(lang, 'columnGrowth'),
    ];
  }

  #renderRow(row: ImpactFigures, table: ImpactTable): TemplateResult {
    const lang = this.locale;
    const money = (value: number | undefined) =>
      value === undefined ? this.#notAvailable() : formatCurrency(lang, value, table.currency);
    return html`<tr part="row" data-k=${row.k}>
      <th scope="row">${rowLabel(lang, row)}</th>
      <td>${formatCount(lang, row.customers)}</td>
      <td>${row.share === undefined ? this.#notAvailable() : formatPercent(lang, row.share)}</td>
      <td>${money(row.revenuePerCustomer)}</td>
      <td>${money(row.averageBasket)}</td>
      <td>
        ${row.averageOrders === undefined ? this.#notAvailable() : formatDecimal(lang, row.averageOrders)}
      </td>
      <td class="growth">${this.#renderGrowth(row)}</td>
    </tr>`;
  }

  /** The bar (decorative) and the multiple, shown short and read in full. */
  #renderGrowth(row: ImpactFigures): TemplateResult {
    const lang = this.locale;
    const width = Math.round((row.relative ?? 0) * 1000) / 10;
    const spoken =
      row.vsOneMission === undefined
        ? this.msg('notAvailable')
        : row.k === 1 && !row.orMore
          ? impactText(lang, 'reference')
          : impactText(lang, 'vsOneMission', { multiple: formatMultiple(lang, row.vsOneMission) });
    return html`<span class="growth-cell">
      <svg part="bar" class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
        <rect class="track" width="100" height="10"></rect>
        <rect class="fill" width=${width} height="10"></rect>
      </svg>
      <span part="multiple" class="multiple" aria-hidden="true"
        >${row.vsOneMission === undefined ? '–' : formatMultiple(lang, row.vsOneMission)}</span
      >
      <span class="sr-only">${spoken}</span>
    </span>`;
  }

  #notAvailable(): TemplateResult {
    return html`<span aria-hidden="true">–</span><span class="sr-only">${this.msg('notAvailable')}</span>`;
  }

  /** The rows shown, as CSV: localised header, raw numbers, the currency on each row. */
  #export(table: ImpactTable): void {
    const lang = this.locale;
    const rows = [...table.rows, ...(table.baseline ? [table.baseline] : [])];
    const { from, to } = this.period;
    downloadCsv(
      `${impactText(lang, 'csvFilename')}_${from}_${to}.csv`,
      toCsv(
        [...this.#header().slice(0, 6), impactText(lang, 'columnCurrency')],
        rows.map((row) => csvRow(row, table)),
      ),
    );
  }
}

/** "3", "5 or more", "None (baseline)". */
function rowLabel(lang: Lang, row: ImpactFigures): string {
  if (row.k === 0) return impactText(lang, 'baseline');
  return row.orMore ? impactText(lang, 'orMore', { k: formatCount(lang, row.k) }) : formatCount(lang, row.k);
}

function csvRow(row: ImpactFigures, table: ImpactTable): CsvCell[] {
  return [
    row.orMore ? `${row.k}+` : row.k,
    row.customers,
    row.share,
    row.revenuePerCustomer,
    row.averageBasket,
    row.averageOrders,
    table.currency,
  ];
}

const decimalFormats = new Map<Lang, Intl.NumberFormat>();

/** Average orders: up to two decimals ("1.2", "0.83"). */
function formatDecimal(lang: Lang, value: number): string {
  let format = decimalFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    decimalFormats.set(lang, format);
  }
  return format.format(value);
}

/** Nobody validated a mission in the period. */
function isEmptyImpact(impact: ImpactResponse): boolean {
  return impactTable(impact).engagedCustomers === 0;
}
