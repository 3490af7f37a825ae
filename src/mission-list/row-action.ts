/**
 * The per-row action of a table (a mission's details, a customer's profile):
 * a real link when the page gave a safe URL, else a button. Either way it
 * fires the element's cancelable event first; cancelling it keeps the page
 * from following the link.
 *
 * Written to move to `src/base/` as is.
 */
import { html, type TemplateResult } from 'lit';

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
      class="detail"
      type="button"
      aria-label=${action.label}
      @click=${() => action.activate()}
    >
      ${arrow}
    </button>`;
  }
  return html`<a
    part=${action.part}
    class="detail"
    href=${action.href}
    aria-label=${action.label}
    @click=${(event: MouseEvent) => {
      if (!action.activate()) event.preventDefault();
    }}
    >${arrow}</a
  >`;
}
