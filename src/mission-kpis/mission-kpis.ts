import { html, nothing, type PropertyDeclarations } from 'lit';
import { summaryResponse, type SummaryResponse } from '../data/contract.js';
import { ResourceController } from '../data/resource-controller.js';
import { MissionElement, type WidgetState } from '../base/mission-element.js';
import { renderVariation } from '../base/variation-view.js';
import { summaryKpis, type Kpi } from '../metrics/summary.js';
import { formatCount, formatPercent } from '../format/format.js';
import { sharedStyles, tokens } from '../theme/tokens.js';
import { kpisText } from './messages.js';
import { kpisStyles } from './mission-kpis.styles.js';

const LABELS: Record<Kpi['id'], Parameters<typeof kpisText>[1]> = {
  validatedMissions: 'kpiValidatedMissions',
  engagedCustomers: 'kpiEngagedCustomers',
  participationRate: 'kpiParticipationRate',
};

/**
 * Key figures of the period: validated missions, engaged customers and
 * participation rate, each with its variation vs the previous period.
 *
 * @summary Three KPI tiles with variations.
 * @tag mission-kpis
 *
 * @fires data-error - The summary could not be loaded or did not match the contract. Detail: `{ status, message, resource, kind }`.
 *
 * @csspart base - The wrapper of every state.
 * @csspart status - The loading, empty, idle or error box.
 * @csspart error-title - The error's title, by kind of failure.
 * @csspart error-message - The error's readable message.
 * @csspart retry-button - The button that asks again after an error.
 * @csspart tiles - The list of tiles.
 * @csspart tile - One KPI.
 * @csspart label - A KPI's name.
 * @csspart value - A KPI's figure.
 * @csspart variation - A KPI's variation vs the previous period (class `up`, `down`, `flat`, `new` or `none`).
 * @csspart hint - Secondary text under a figure.
 *
 * @cssprop --mission-color-surface - Background.
 * @cssprop --mission-color-text - Text colour.
 * @cssprop --mission-color-muted - Secondary text colour.
 * @cssprop --mission-color-border - Tile border colour.
 * @cssprop --mission-color-positive - Colour of a rise.
 * @cssprop --mission-color-negative - Colour of a fall and of error titles.
 * @cssprop --mission-font-family - Font.
 * @cssprop --mission-space-m - Gap between tiles.
 * @cssprop --mission-radius - Tile corner radius.
 */
export class MissionKpis extends MissionElement {
  static override styles = [tokens, sharedStyles, kpisStyles];

  static override properties: PropertyDeclarations = {
    ...MissionElement.properties,
    data: { attribute: false },
  };

  /** The `summary` resource as data: when set, nothing is fetched. */
  declare data: SummaryResponse | undefined;

  readonly #summary = new ResourceController(this, {
    resource: 'summary',
    schema: summaryResponse,
    source: () => this.sourceFor(this.data, 'summary'),
  });

  get state(): WidgetState {
    return this.stateOf(this.#summary, isEmptySummary);
  }

  override render() {
    return this.renderStates(this.#summary, isEmptySummary, (summary) => this.#renderTiles(summary));
  }

  #renderTiles(summary: SummaryResponse) {
    const lang = this.locale;
    const { current } = summary;
    return html`<section
      part="base"
      aria-label=${kpisText(this.locale, 'kpisLabel', { period: this.periodText(summary.current) })}
    >
      <ul part="tiles" class="tiles" role="list">
        ${summaryKpis(summary).map(
          (kpi) =>
            html`<li part="tile" class="tile" data-kpi=${kpi.id}>
              <span part="label" class="label">${kpisText(lang, LABELS[kpi.id])}</span>
              <span part="value" class="value"
                >${
                  kpi.value === undefined
                    ? html`<span aria-hidden="true">–</span
                        ><span class="sr-only">${this.msg('notAvailable')}</span>`
                    : kpi.id === 'participationRate'
                      ? formatPercent(lang, kpi.value)
                      : formatCount(lang, kpi.value)
                }</span
              >
              <span class="footer">
                ${renderVariation(lang, kpi.variation)}
                ${
                  kpi.id === 'participationRate'
                    ? html`<span part="hint" class="muted"
                        >${kpisText(this.locale, 'kpiParticipationHint', {
                          engaged: formatCount(lang, current.engagedCustomers),
                          customers: formatCount(lang, current.customers),
                        })}</span
                      >`
                    : 'ratio' in kpi.variation
                      ? html`<span part="hint" class="muted" aria-hidden="true"
                          >${this.msg('vsPrevious')}</span
                        >`
                      : nothing
                }
              </span>
            </li>`,
        )}
      </ul>
    </section>`;
  }
}

/** Nothing in either period and nobody enrolled: the tiles would be all zeros and dashes. */
function isEmptySummary(summary: SummaryResponse): boolean {
  return (
    summary.current.validatedMissions === 0 &&
    summary.previous.validatedMissions === 0 &&
    summary.current.customers === 0
  );
}
