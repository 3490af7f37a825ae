// One-tab-stop index navigation, the same in the daily and audience charts: which bar a key moves to.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** The keys a chart takes besides Left/Right, Home, End and Escape. */
export interface IndexKeys {
  /** Up/Down move like Left/Right. */
  upDown?: boolean;
  /** PageUp/PageDown move by this many positions. */
  page?: number;
}

/** The position `key` moves to from `current` (clamped into 0..last), `hide` for Escape, else undefined. */
export function indexKeyTarget(
  key: string,
  current: number,
  last: number,
  keys: IndexKeys = {},
): number | 'hide' | undefined {
  let target: number | undefined;
  if (key === 'Escape') return 'hide';
  if (key === 'ArrowRight' || (keys.upDown && key === 'ArrowDown')) target = current + 1;
  else if (key === 'ArrowLeft' || (keys.upDown && key === 'ArrowUp')) target = current - 1;
  else if (key === 'Home') target = 0;
  else if (key === 'End') target = last;
  else if (keys.page !== undefined && key === 'PageDown') target = current + keys.page;
  else if (keys.page !== undefined && key === 'PageUp') target = current - keys.page;
  return target === undefined ? undefined : Math.min(last, Math.max(0, target));
}

/** Handles a keydown on the plot: moves (and keeps the key from scrolling the page) or hides the tooltip. */
export function onIndexKey(
  event: KeyboardEvent,
  current: number,
  last: number,
  keys: IndexKeys,
  on: { move: (index: number) => void; hide: () => void },
): void {
  const target = indexKeyTarget(event.key, current, last, keys);
  if (target === undefined) return;
  if (target === 'hide') {
    on.hide();
    return;
  }
  event.preventDefault();
  on.move(target);
}

/**
 * Applies a blur's state change in a microtask. Chromium fires blur on a
 * focused plot that a render removes (table view, a new state), in the
 * middle of the host's update: a property set there schedules another update
 * from inside it (Lit's change-in-update). From a microtask the change lands
 * after that update; a blur from the user is no different.
 */
export function afterBlur(change: () => void): void {
  queueMicrotask(change);
}

/** The polite live region reading the keyboard's bar (empty otherwise). */
export function renderAnnouncer(text: string): TemplateResult {
  return html`<div class="sr-only" aria-live="polite">${text}</div>`;
}

/** What the focusable plot needs: its accessible name and the handlers of its one tab stop. */
export interface PlotFocus {
  /** The plot's accessible name. */
  summary: string;
  /** Id of a hint describing the keys, if any. */
  describedBy?: string;
  onFocus: () => void;
  onBlur: () => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/** The plot wrapper (part `plot`): one tab stop, an image to assistive technology, holding the SVG. */
export function renderFocusPlot(focus: PlotFocus, chart: TemplateResult): TemplateResult {
  return html`<div
    part="plot"
    class="plot"
    tabindex="0"
    role="img"
    aria-label=${focus.summary}
    aria-describedby=${ifDefined(focus.describedBy)}
    @focus=${focus.onFocus}
    @blur=${focus.onBlur}
    @keydown=${focus.onKeydown}
  >
    ${chart}
  </div>`;
}
