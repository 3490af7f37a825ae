/**
 * The per-row action of a table (a mission's details, a customer's profile):
 * a real link when the page gave a safe URL, else a button. Either way it
 * fires the element's cancelable event first; cancelling it keeps the page
 * from following the link.
 *
 * Written to move to `src/base/` as is.
 */
import { css, html, type TemplateResult } from 'lit';

export interface RowAction {
  part: string;
  /** From `linkFromTemplate`: undefined renders a button. */
  href: string | undefined;
  /** The accessible name, e.g. "Details of First purchase". */
  label: string;
  /** Fires the event; returns false when a listener called `preventDefault()`. */
  activate: () => boolean;
}

const arrow = html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M3 8h9M8.5 4.5 12 8l-3.5 3.5"></path>
</svg>`;

export function renderRowAction(action: RowAction): TemplateResult {
  if (action.href === undefined) {
    return html`<button
      part=${action.part}
      class="row-action"
      type="button"
      aria-label=${action.label}
      @click=${() => action.activate()}
    >
      ${arrow}
    </button>`;
  }
  return html`<a
    part=${action.part}
    class="row-action"
    href=${action.href}
    aria-label=${action.label}
    @click=${(event: MouseEvent) => {
      if (!action.activate()) event.preventDefault();
    }}
    >${arrow}</a
  >`;
}

export const rowActionStyles = css`
  .row-action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2rem;
    height: 2rem;
    color: var(--_focus);
    background: transparent;
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) / 2);
    padding: 0;
  }
  .row-action:hover {
    border-color: var(--_border);
  }
  .row-action svg {
    width: 1rem;
    height: 1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;
