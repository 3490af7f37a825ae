import { html, type TemplateResult } from 'lit';

/**
 * Tooltips live in the top layer (popover="manual"), so no `overflow` or
 * shadow root clips them. They are placed through CSSOM (`style.left/top`),
 * which a strict Content-Security-Policy allows, unlike style attributes.
 */
export function renderTooltip(id: string, content: TemplateResult | string): TemplateResult {
  return html`<div id=${id} part="tooltip" class="tooltip" popover="manual" role="tooltip">${content}</div>`;
}

/** Shows `tooltip` with its top-left corner near the viewport point (x, y), kept inside the viewport. */
export function showTooltipAt(tooltip: HTMLElement | null, x: number, y: number): void {
  if (!tooltip) return;
  if (!tooltip.matches(':popover-open')) tooltip.showPopover();
  const { width, height } = tooltip.getBoundingClientRect();
  const margin = 12;
  const left = Math.min(Math.max(4, x + margin), window.innerWidth - width - 4);
  const top = y - height - margin < 4 ? y + margin : y - height - margin;
  tooltip.style.left = `${Math.round(left)}px`;
  tooltip.style.top = `${Math.round(top)}px`;
}

export function hideTooltip(tooltip: HTMLElement | null): void {
  if (tooltip?.matches(':popover-open')) tooltip.hidePopover();
}

/** The centre of an element in viewport coordinates (where a keyboard user's tooltip goes). */
export function centreOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [box.left + box.width / 2, box.top + box.height / 2];
}
