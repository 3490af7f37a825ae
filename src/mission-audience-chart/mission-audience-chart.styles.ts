import { css } from 'lit';

export const audienceStyles = css`
  :host {
    --_skeleton-height: 15rem;
    --_bar: var(--mission-color-bar, var(--_classic));
  }
  .bar {
    fill: var(--_bar);
  }
  .bar.unknown {
    fill: var(--_surface-raised);
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .bar.active {
    stroke: var(--_focus);
    stroke-width: 3;
    stroke-dasharray: none;
  }
  .grid line,
  .separator {
    stroke: var(--_border);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .separator {
    stroke-dasharray: 2 3;
  }
  .x-axis text.unknown {
    font-style: italic;
  }
  .unknown-note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .bar.unknown {
      fill: Canvas;
      stroke: CanvasText;
    }
    .bar.active {
      stroke: Highlight;
    }
  }
`;
