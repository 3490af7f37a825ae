import { LitElement, css, html, nothing, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import { missionContext } from '../data/context.js';
import { lastDays, localToday, resolvePeriod, type Period } from '../data/period.js';
import type { MissionEventMap } from '../events.js';
import { toLang, type Lang } from '../format/messages.js';
import { nearestLang, observeLang } from '../base/lang-observer.js';
import { sharedStyles, tokens } from '../theme/tokens.js';
import { dashboardText } from './messages.js';
import {
  MAX_PERIOD_DAYS,
  customPeriodProblem,
  presetOf,
  renderPeriodPicker,
  type Preset,
} from './period-picker.js';

/**
 * Lays out the mission widgets and holds `endpoint`, `from`, `to` and `lang`
 * once for every widget inside it (through @lit/context), so the widgets need
 * no attributes of their own; an attribute on a widget overrides the dashboard's.
 * Its period picker (last 7, 30 or 90 days, or custom dates) changes the period
 * of every widget at once: each resource is asked once for the new period.
 *
 * @summary Provider, layout and period picker of the mission widgets.
 * @tag mission-dashboard
 *
 * @slot - The widgets. KPIs span the whole width; the others share columns.
 * @slot header - Extra content beside the period picker (a title, filters).
 *
 * @fires period-change - The picker changed the period. Detail: `{ from, to }`. Cancelable: `preventDefault()` keeps the old period.
 *
 * @csspart base - The whole dashboard.
 * @csspart header - The bar holding the period picker.
 * @csspart period-picker - The picker form.
 * @csspart period-preset - The preset select.
 * @csspart period-from - The custom start date input.
 * @csspart period-to - The custom end date input.
 * @csspart period-apply - The button applying custom dates.
 * @csspart period-range - The period shown, in words.
 * @csspart period-problem - Why custom dates were refused.
 * @csspart grid - The grid holding the widgets.
 *
 * @cssprop --mission-space-m - Gap between widgets.
 * @cssprop --mission-color-surface - Background.
 * @cssprop --mission-dashboard-column - Narrowest column of the widget grid (default 22rem).
 */
export class MissionDashboard extends LitElement {
  static override styles = [
    tokens,
    sharedStyles,
    css`
      :host {
        background: transparent;
      }
      .header {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-s) var(--_space-m);
        align-items: center;
        justify-content: space-between;
        margin-bottom: var(--_space-m);
      }
      .picker {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-s);
        align-items: center;
      }
      .picker label {
        display: inline-flex;
        gap: var(--_space-xs);
        align-items: center;
      }
      select,
      input {
        font: inherit;
        color: inherit;
        background: var(--_surface);
        border: 1px solid var(--_border);
        border-radius: calc(var(--_radius) / 2);
        padding: var(--_space-xs);
      }
      .range {
        color: var(--_muted);
      }
      .problem {
        flex-basis: 100%;
        margin: 0;
        color: var(--_negative);
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(
          auto-fit,
          minmax(min(100%, var(--mission-dashboard-column, 22rem)), 1fr)
        );
        gap: var(--_space-m);
        align-items: start;
      }
      ::slotted(mission-kpis),
      ::slotted(mission-daily-chart),
      ::slotted(mission-list),
      ::slotted(mission-leaderboard),
      ::slotted(mission-impact-table),
      ::slotted([data-wide]) {
        grid-column: 1 / -1;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    endpoint: { type: String },
    from: { type: String, reflect: true },
    to: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    today: { type: String },
    noPicker: { type: Boolean, attribute: 'no-picker', reflect: true },
    _custom: { state: true },
    _problem: { state: true },
  };

  /** Base URL of the API, for every widget inside. */
  declare endpoint: string | undefined;
  /** First day of the period, YYYY-MM-DD, for every widget inside. Default: 29 days before `to`. */
  declare from: string | undefined;
  /** Last day of the period, YYYY-MM-DD, inclusive, for every widget inside. Default: today. */
  declare to: string | undefined;
  /** `en` or `fr`, for every widget inside (and the picker). */
  declare lang: string;
  /** `light` or `dark` for every widget inside; unset follows the page. */
  declare theme: 'light' | 'dark' | undefined;
  /** The day presets end on, YYYY-MM-DD. Default: today in the browser's time zone. */
  declare today: string | undefined;
  /** Hides the period picker (the page drives `from` and `to` itself). */
  declare noPicker: boolean;
  /** The custom form is open even when the period matches a preset. */
  declare _custom: boolean;
  declare _problem: string | undefined;

  readonly #provider = new ContextProvider(this, { context: missionContext, initialValue: {} });
  #stopObservingLang?: () => void;

  constructor() {
    super();
    this.noPicker = false;
    this._custom = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopObservingLang = observeLang(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObservingLang?.();
  }

  get #today(): string {
    return this.today ?? localToday();
  }

  /** The period the widgets show. */
  get period(): Period {
    return resolvePeriod(this.from, this.to, this.#today);
  }

  get #lang(): Lang {
    return toLang(this.getAttribute('lang')) ?? toLang(nearestLang(this)) ?? 'en';
  }

  override willUpdate(): void {
    // Widgets get the resolved period, so the dashboard and they agree on the default.
    const { from, to } = this.period;
    const current = this.#provider.value;
    const lang = this.getAttribute('lang') ?? undefined;
    if (
      current.endpoint !== this.endpoint ||
      current.from !== from ||
      current.to !== to ||
      current.lang !== lang
    ) {
      this.#provider.setValue({ endpoint: this.endpoint, from, to, lang });
    }
  }

  #setPeriod(period: Period): void {
    this._problem = undefined;
    if (period.from === this.period.from && period.to === this.period.to) return;
    const event = new CustomEvent('period-change', {
      detail: period,
      bubbles: true,
      composed: true,
      cancelable: true,
    }) as MissionEventMap['period-change'];
    if (!this.dispatchEvent(event)) return;
    this.from = period.from;
    this.to = period.to;
  }

  #onPreset(preset: Preset): void {
    this._custom = preset === 'custom';
    if (preset !== 'custom') this.#setPeriod(lastDays(preset, this.#today));
  }

  #onCustom(from: string, to: string): void {
    const problem = customPeriodProblem(from, to);
    if (problem) {
      this._problem = dashboardText(this.#lang, problem, { days: MAX_PERIOD_DAYS });
      return;
    }
    this.#setPeriod({ from, to });
  }

  override render() {
    const period = this.period;
    const preset = this._custom ? 'custom' : presetOf(period, this.#today);
    return html`<div part="base">
      <div part="header" class="header">
        <slot name="header"></slot>
        ${
          this.noPicker
            ? nothing
            : renderPeriodPicker({
                lang: this.#lang,
                period,
                preset,
                problem: this._problem,
                onPreset: (p) => this.#onPreset(p),
                onCustom: (from, to) => this.#onCustom(from, to),
              })
        }
      </div>
      <div part="grid" class="grid"><slot></slot></div>
    </div>`;
  }
}
