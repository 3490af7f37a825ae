import { css } from 'lit';

export const donutStyles = css`
  :host {
    container-type: inline-size;
    --_skeleton-height: 16rem;
  }
  .layout {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    flex-direction: column;
    align-items: center;
    gap: var(--_space-m);
  }
  @container (min-width: 32rem) {
    .layout {
      flex-direction: row;
      align-items: center;
    }
  }
  svg {
    display: block;
    width: min(100%, var(--mission-donut-size, 15rem));
    height: auto;
    overflow: visible;
    flex: none;
  }
  .slice {
    fill: var(--_type-color);
    stroke: var(--_surface);
    stroke-width: 1;
    cursor: pointer;
    transition: transform 150ms ease-out;
  }
  .slice:hover,
  .slice.active {
    transform: scale(1.04);
  }
  .slice:focus-visible {
    outline: none;
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .centre-value {
    font-size: 28px;
    font-weight: 600;
    fill: currentColor;
    text-anchor: middle;
  }
  .centre-label {
    font-size: 11px;
    fill: var(--_muted);
    text-anchor: middle;
  }
  .all-hidden {
    flex-basis: 100%;
    margin: 0;
    text-align: center;
  }
  /* One grid for the whole legend (subgrid), so names, figures and variations line up. */
  .legend {
    display: grid;
    grid-template-columns: auto 1fr auto auto;
  }
  .legend li,
  .legend button {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
  }
  @media (forced-colors: active) {
    .slice {
      stroke: Canvas;
    }
  }
`;
