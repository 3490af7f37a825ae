import { css } from 'lit';

export const impactStyles = css`
  :host {
    --_skeleton-height: 14rem;
    --_bar: var(--mission-color-bar, var(--_classic));
  }
  .scroll {
    overflow-x: auto;
  }
  tbody.baseline {
    border-top: 2px solid var(--_border);
  }
  tbody.baseline th,
  tbody.baseline td {
    color: var(--_muted);
  }
  .growth {
    min-width: 8rem;
  }
  .growth-cell {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
  }
  .bar {
    display: block;
    flex: 1;
    min-width: 3rem;
    height: 0.75rem;
  }
  .bar .track {
    fill: var(--_surface-raised);
  }
  .bar .fill {
    fill: var(--_bar);
  }
  tbody.baseline .bar .fill {
    fill: var(--_muted);
  }
  .multiple {
    min-width: 3.5ch;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .bar .fill {
      fill: CanvasText;
    }
  }
`;
