import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { missionContext } from '../data/context.js';
import { localToday, periodProblem, resolvePeriod, type Period } from '../data/period.js';
import type { Query } from '../data/request.js';
import type { ResourceSource, ResourceView } from '../data/resource-controller.js';
import type { MissionEventMap } from '../events.js';
import { t, toLang, type Lang, type MessageKey } from '../format/messages.js';
import { formatDate } from '../format/format.js';
import { nearestLang, observeLang } from './lang-observer.js';

/** What a widget is showing, readable by the page and by tests. */
export type WidgetState = 'idle' | 'loading' | 'error' | 'empty' | 'ready';

/**
 * What every widget shares: where its data comes from (attributes, else the
 * enclosing provider's context), its period, its language and typed events.
 * Behaviour (fetching, resizing) lives in controllers; this class only holds
 * the common inputs.
 */
export abstract class MissionElement extends LitElement {
  static override properties: PropertyDeclarations = {
    endpoint: { type: String },
    from: { type: String },
    to: { type: String },
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
  };

  /** Base URL of the API; the widget asks `{endpoint}/{resource}`. Overrides the provider's. */
  declare endpoint: string | undefined;
  /** First day of the period, YYYY-MM-DD. Overrides the provider's. Default: 29 days before `to`. */
  declare from: string | undefined;
  /** Last day of the period, YYYY-MM-DD, inclusive. Overrides the provider's. Default: today. */
  declare to: string | undefined;
  /** `en` or `fr`. Default: the provider's, else the nearest `lang` in the page, else `en`. */
  declare lang: string;
  /** `light` or `dark`; unset follows the page (`prefers-color-scheme`). */
  declare theme: 'light' | 'dark' | undefined;

  readonly #context = new ContextConsumer(this, { context: missionContext, subscribe: true });
  #stopObservingLang?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopObservingLang = observeLang(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObservingLang?.();
  }

  /** The language in force. */
  get locale(): Lang {
    return (
      toLang(this.getAttribute('lang')) ??
      toLang(this.#context.value?.lang) ??
      toLang(nearestLang(this)) ??
      'en'
    );
  }

  protected get effectiveEndpoint(): string | undefined {
    return this.endpoint ?? this.#context.value?.endpoint;
  }

  /** The period shown: own attributes, else the provider's, else the last 30 days. */
  get period(): Period {
    const context = this.#context.value;
    return resolvePeriod(this.from ?? context?.from, this.to ?? context?.to, localToday());
  }

  /** Source for a resource controller: `data` wins, then the endpoint; bad attributes are an error. */
  protected sourceFor(data: unknown, path: string, query: Query = {}): ResourceSource {
    if (data !== undefined && data !== null) return { kind: 'data', data };
    const endpoint = this.effectiveEndpoint;
    if (!endpoint) return { kind: 'idle' };
    const context = this.#context.value;
    const problem = periodProblem(this.from ?? context?.from, this.to ?? context?.to);
    if (problem) return { kind: 'invalid', message: problem };
    const { from, to } = this.period;
    return { kind: 'fetch', endpoint, path, query: { from, to, ...query } };
  }

  /** A message in the widget's language. */
  protected msg(key: MessageKey, params?: Record<string, string | number>): string {
    return t(this.locale, key, params);
  }

  /** "Nov 1, 2026 – Nov 30, 2026": the given period (e.g. the data's own), else the element's. */
  protected periodText(period: Period = this.period): string {
    const { from, to } = period;
    const lang = this.locale;
    return this.msg('periodRange', { from: formatDate(lang, from), to: formatDate(lang, to) });
  }

  /** Fires a typed event that bubbles out of shadow roots. */
  protected emit<K extends keyof MissionEventMap>(name: K, detail: MissionEventMap[K]['detail']): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }),
    );
  }

  /**
   * The loading, error, idle and empty states, the same in every widget; calls
   * `ready` with the data otherwise.
   */
  protected renderStates<V>(
    resource: ResourceView<V>,
    isEmpty: (value: V) => boolean,
    ready: (value: V) => TemplateResult,
    emptyKey: MessageKey = 'emptyPeriod',
  ): TemplateResult {
    switch (this.stateOf(resource, isEmpty)) {
      case 'loading':
        return html`<div part="base status" class="state" data-state="loading" role="status" aria-busy="true">
          <div class="skeleton"></div>
          <span class="sr-only">${this.msg('loading')}</span>
        </div>`;
      case 'error':
        return html`<div part="base status" class="state" data-state="error" role="alert">
          <strong part="error-title">${this.msg(`error_${resource.errorKind}`)}</strong>
          <span part="error-message">${resource.errorMessage}</span>
          ${
            resource.errorKind === 'config'
              ? nothing
              : html`<button part="retry-button" type="button" @click=${() => resource.retry()}>
                  ${this.msg('retry')}
                </button>`
          }
        </div>`;
      case 'idle':
        return html`<div part="base status" class="state" data-state="idle">${this.msg('idle')}</div>`;
      case 'empty':
        return html`<div part="base status" class="state" data-state="empty" role="status">
          ${this.msg(emptyKey)}
        </div>`;
      case 'ready':
        return ready(resource.value as V);
    }
  }

  protected stateOf<V>(resource: ResourceView<V>, isEmpty: (value: V) => boolean): WidgetState {
    const state = resource.state;
    if (state !== 'ready') return state;
    return isEmpty(resource.value as V) ? 'empty' : 'ready';
  }

  /** What the widget shows now. */
  abstract get state(): WidgetState;
}
