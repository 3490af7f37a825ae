// One-tab-stop index navigation, the same in the daily and audience charts: which bar a key moves to.
import { html, type TemplateResult } from 'lit';

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

/** The polite live region reading the keyboard's bar (empty otherwise). */
export function renderAnnouncer(text: string): TemplateResult {
  return html`<div class="sr-only" aria-live="polite">${text}</div>`;
}
