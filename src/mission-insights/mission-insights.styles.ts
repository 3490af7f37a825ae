import { css } from 'lit';

export const insightsStyles = css`
  :host {
    container-type: inline-size;
    --_skeleton-height: 10rem;
    --_strength: var(--mission-color-positive, var(--_positive));
    --_opportunity: var(--mission-color-focus, var(--_focus));
    --_warning: var(--mission-color-negative, var(--_negative));
  }
  .insights {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    gap: var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .insight {
    --_accent: var(--_opportunity);
    display: grid;
    /* Figure and kind on one line, the advice below at full width; cards of a row share a height. */
    grid-template-columns: auto 1fr;
    grid-template-rows: auto 1fr;
    grid-template-areas: 'figure kind' 'message message';
    column-gap: var(--_space-s);
    row-gap: var(--_space-xs);
    align-items: baseline;
    align-content: start;
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .insight[data-kind='strength'] {
    --_accent: var(--_strength);
  }
  .insight[data-kind='warning'] {
    --_accent: var(--_warning);
  }
  .figure {
    grid-area: figure;
    font-size: 1.75em;
    font-weight: 600;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .kind {
    grid-area: kind;
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .message {
    grid-area: message;
    margin: 0;
  }
  @media (forced-colors: active) {
    .insight {
      border-inline-start-color: CanvasText;
    }
  }
`;
