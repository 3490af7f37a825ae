import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  impactResponse,
  summaryResponse,
  type ImpactResponse,
  type SummaryResponse,
} from '../data/contract.js';
import {
  ResourceController,
  type ResourceSource,
  type ResourceState,
  type ResourceView,
} from '../data/resource-controller.js';
import { MissionElement, type WidgetState } from '../base/mission-element.js';
import { computeInsights, MIN_SAMPLE, type Insight } from '../metrics/insights.js';
import { formatCount } from '../format/format.js';
import { sharedStyles, tokens } from '../theme/tokens.js';
import { insightFigure, insightMessage, insightsText, kindText } from './messages.js';
import { insightsStyles } from './mission-insights.styles.js';

/** What `<mission-insights>` reads: two resources, as handed through `data`. */
export interface InsightsData {
  impact: ImpactResponse;
  summary: SummaryResponse;
}

/**
 * Advice computed from the merchant's own figures (the `impact` and `summary`
 * resources), each with the figure it rests on: revenue of very engaged vs
 * one-mission customers, share of one-mission customers, number of active
 * missions, participation. A rule whose data is missing or too thin (fewer
 * than 30 customers in a compared group) says nothing; the thresholds are
 * documented in `metrics/insights.ts`. With nothing to say, a friendly note.
 *
 * Both resources are asked once each and shared, through the request cache,
 * with the other widgets of the page that need them. If either fails, the
 * error names it and Retry asks again only for what failed.
 *
 * @summary Data-driven advice cards from impact and summary figures.
 * @tag mission-insights
 *
 * @fires data-error - The impact or summary data could not be loaded or did not match the contract. Detail: `{ status, message, resource, kind }`.
 *
 * @csspart base - The wrapper of every state.
 * @csspart status - The loading, empty, idle or error box.
 * @csspart error-title - The error's title, by kind of failure.
 * @csspart error-message - The error's readable message (naming the resource that failed).
 * @csspart retry-button - The button that asks again for what failed.
 * @csspart insights - The list of advice cards.
 * @csspart insight - One card (with `data-insight` = its id and `data-kind` = `strength`, `opportunity` or `warning`).
 * @csspart figure - A card's headline figure ("3×", "62%").
 * @csspart kind - A card's kind, in words.
 * @csspart message - A card's advice.
 *
 * @cssprop --mission-color-positive - Accent of strengths.
 * @cssprop --mission-color-focus - Accent of opportunities, and the focus ring.
 * @cssprop --mission-color-negative - Accent of warnings and error titles.
 * @cssprop --mission-color-surface - Background.
 * @cssprop --mission-color-text - Text colour.
 * @cssprop --mission-color-muted - Secondary text colour.
 * @cssprop --mission-color-border - Card border colour.
 * @cssprop --mission-font-family - Font.
 * @cssprop --mission-space-m - Gap between cards.
 * @cssprop --mission-radius - Card corner radius.
 */
export class MissionInsights extends MissionElement {
  static override styles = [tokens, sharedStyles, insightsStyles];

  static override properties: PropertyDeclarations = {
    ...MissionElement.properties,
    data: { attribute: false },
  };

  /** `{ impact, summary }`, the two resources as data: when set, nothing is fetched. */
  declare data: InsightsData | undefined;

  readonly #impact = new ResourceController(this, {
    resource: 'impact',
    schema: impactResponse,
    source: () => this.#sourceOf('impact'),
  });

  readonly #summary = new ResourceController(this, {
    resource: 'summary',
    schema: summaryResponse,
    source: () => this.#sourceOf('summary'),
  });

  /** `data` wins (a missing half is a data error, not a fetch); else the endpoint. */
  #sourceOf(resource: keyof InsightsData): ResourceSource {
    const data = this.data as Partial<InsightsData> | null | undefined;
    if (data !== undefined && data !== null) return { kind: 'data', data: data[resource] };
    return this.sourceFor(undefined, resource);
  }

  get state(): WidgetState {
    return this.stateOf(this.#both(), (data) => insightsOf(data).length === 0);
  }

  /** The advice shown now (empty until both resources are ready). */
  get insights(): readonly Insight[] {
    const value = this.#both().value;
    return value ? insightsOf(value) : [];
  }

  override render() {
    return this.renderStates(
      this.#both(),
      () => false,
      (data) => {
        const insights = insightsOf(data);
        return insights.length === 0 ? this.#renderNothingToSay() : this.#renderList(insights, data);
      },
    );
  }

  #renderList(insights: Insight[], data: InsightsData): TemplateResult {
    const lang = this.locale;
    return html`<section
      part="base"
      aria-label=${insightsText(lang, 'insightsLabel', { period: this.periodText(data.summary.current) })}
    >
      <ul part="insights" class="insights" role="list">
        ${insights.map(
          (insight) =>
            html`<li part="insight" class="insight" data-insight=${insight.id} data-kind=${insight.kind}>
              <span part="figure" class="figure" aria-hidden="true">${insightFigure(lang, insight)}</span>
              <span part="kind" class="kind">${kindText(lang, insight.kind)}</span>
              <p part="message" class="message">${insightMessage(lang, insight)}</p>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  #renderNothingToSay(): TemplateResult {
    const lang = this.locale;
    return html`<div part="base status" class="state" data-state="empty" role="status">
      <strong>${insightsText(lang, 'insightsEmptyTitle')}</strong>
      <span>${insightsText(lang, 'insightsEmpty', { min: formatCount(lang, MIN_SAMPLE) })}</span>
    </div>`;
  }

  /**
   * The two resources seen as one: an error as soon as either fails (naming
   * each that failed), loading until both are here.
   */
  #both(): ResourceView<InsightsData> {
    const resources = [this.#impact, this.#summary] as const;
    const failed = resources.filter((r) => r.state === 'error');
    const states = resources.map((r) => r.state);
    const state: ResourceState =
      failed.length > 0
        ? 'error'
        : states.includes('loading')
          ? 'loading'
          : states.includes('idle')
            ? 'idle'
            : 'ready';
    const impact = this.#impact.value;
    const summary = this.#summary.value;
    return {
      state,
      value: impact && summary ? { impact, summary } : undefined,
      errorMessage: failed.map((r) => r.errorMessage).join(' · '),
      errorKind: failed[0]?.errorKind ?? 'invalid',
      retry: () => {
        for (const resource of failed) resource.retry();
      },
    };
  }
}

function insightsOf(data: InsightsData): Insight[] {
  return computeInsights(data.impact, data.summary);
}
