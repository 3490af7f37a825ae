import { oneEvent, waitUntil } from '@open-wc/testing';
import type { MissionEventMap } from '../../src/events.js';
import type { WidgetState } from '../../src/base/mission-element.js';

/** Waits until a widget shows `state` (a user-visible fact: the state box or the content). */
export async function settle(
  element: HTMLElement & { state: WidgetState; updateComplete: Promise<boolean> },
  state: WidgetState,
) {
  await waitUntil(() => element.state === state, `expected state ${state}, still ${element.state}`, {
    timeout: 3000,
  });
  await element.updateComplete;
}

/** The visible text of an element's shadow root, white space folded. */
export function shadowText(element: Element, selector = ':host > *'): string {
  const root = element.shadowRoot!;
  const nodes = selector === ':host > *' ? [...root.children] : [...root.querySelectorAll(selector)];
  return nodes
    .map((n) => (n instanceof HTMLElement ? n.innerText : n.textContent))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function part(element: Element, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function parts(element: Element, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** The next `name` event on `target`, typed from the library's event map. */
export function nextEvent<K extends keyof MissionEventMap>(
  target: EventTarget,
  name: K,
): Promise<MissionEventMap[K]> {
  return oneEvent<MissionEventMap[K]>(target, name);
}
