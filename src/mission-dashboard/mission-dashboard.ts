import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import { missionContext } from '../data/context.js';
import { tokens } from '../theme/tokens.js';

/**
 * Holds `endpoint`, `from`, `to` and `lang` once for every widget inside it
 * (through @lit/context), so the widgets need no attributes of their own; an
 * attribute on a widget overrides the dashboard's.
 *
 * @summary Provider and layout of the mission widgets.
 * @tag mission-dashboard
 *
 * @slot - The widgets.
 * @csspart base - The grid holding the widgets.
 * @cssprop --mission-space-m - Gap between widgets.
 * @cssprop --mission-color-surface - Background.
 */
export class MissionDashboard extends LitElement {
  static override styles = [
    tokens,
    css`
      [part='base'] {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
        gap: var(--_space-m);
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    endpoint: { type: String },
    from: { type: String },
    to: { type: String },
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
  };

  /** Base URL of the API, for every widget inside. */
  declare endpoint: string | undefined;
  /** First day of the period, YYYY-MM-DD, for every widget inside. */
  declare from: string | undefined;
  /** Last day of the period, YYYY-MM-DD, inclusive, for every widget inside. */
  declare to: string | undefined;
  /** `en` or `fr`, for every widget inside. */
  declare lang: string;
  /** `light` or `dark` for every widget inside; unset follows the page. */
  declare theme: 'light' | 'dark' | undefined;

  readonly #provider = new ContextProvider(this, { context: missionContext, initialValue: {} });

  override willUpdate(): void {
    this.#provider.setValue({
      endpoint: this.endpoint,
      from: this.from,
      to: this.to,
      lang: this.getAttribute('lang') ?? undefined,
    });
  }

  override render() {
    return html`<div part="base"><slot></slot></div>`;
  }
}
