import { css, html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { MissionType } from '../data/contract.js';

/** 16×16 strokes, one per type: a check (classic), a picture (content), a star (review), a heart (engagement). */
const SHAPES: Record<MissionType, SVGTemplateResult> = {
  classic: svg`<circle cx="8" cy="8" r="6.25"></circle><path d="M5.2 8.3l2 2 3.8-4.3"></path>`,
  content: svg`<rect x="2" y="3" width="12" height="10" rx="1.5"></rect><circle cx="6" cy="6.8" r="1.2"></circle><path d="M2.6 12.2l3.6-3.6 2.4 2.4 1.9-1.9 2.9 2.9"></path>`,
  review: svg`<path d="M8 1.9l1.85 3.8 4.15.6-3 2.9.7 4.1L8 11.35 4.3 13.3l.7-4.1-3-2.9 4.15-.6z"></path>`,
  engagement: svg`<path d="M8 13.4S2.1 10 2.1 6.1a2.9 2.9 0 0 1 5.9-1.2 2.9 2.9 0 0 1 5.9 1.2C13.9 10 8 13.4 8 13.4z"></path>`,
};

/**
 * A small icon for a mission type, drawn in the type's colour (through
 * `data-type` and `typeColorStyles`). Decorative: the type's name is always
 * written next to it (or is the column's header), so it is hidden from
 * assistive technologies. Styles: `typeIconStyles`.
 */
export function renderTypeIcon(type: MissionType): TemplateResult {
  return html`<svg
    part="type-icon"
    class="type-icon"
    data-type=${type}
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
  >
    ${SHAPES[type]}
  </svg>`;
}

export const typeIconStyles = css`
  .type-icon {
    width: 1.15em;
    height: 1.15em;
    flex: none;
    vertical-align: -0.2em;
    fill: none;
    stroke: var(--_type-color, currentColor);
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;
