import { css } from 'lit';

export const donutStyles = css`
  :host {
    container-type: inline-size;
  }
  .layout {
    margin: 0;
    display: flex;
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
  .toolbar {
    display: flex;
    justify-content: flex-end;
    margin-bottom: var(--_space-s);
  }
  button[aria-pressed='true'] {
    border-color: var(--_focus);
  }
  svg {
    display: block;
    width: min(100%, var(--mission-donut-size, 15rem));
    height: auto;
    overflow: visible;
    flex: none;
  }
  .slice {
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
  [data-type='classic'] {
    --_type-color: var(--_classic);
  }
  [data-type='content'] {
    --_type-color: var(--_content);
  }
  [data-type='review'] {
    --_type-color: var(--_review);
  }
  [data-type='engagement'] {
    --_type-color: var(--_engagement);
  }
  .slice {
    fill: var(--_type-color);
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
  .legend {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
    min-width: 0;
  }
  .legend button {
    display: grid;
    grid-template-columns: auto 1fr auto auto;
    gap: var(--_space-s);
    align-items: baseline;
    width: 100%;
    text-align: start;
    background: transparent;
    border-color: transparent;
  }
  .legend button[aria-pressed='false'] .name,
  .legend button[aria-pressed='false'] .figures {
    text-decoration: line-through;
    color: var(--_muted);
  }
  .swatch {
    width: 0.75em;
    height: 0.75em;
    border-radius: 2px;
    background: var(--_type-color);
    align-self: center;
  }
  button[aria-pressed='false'] .swatch {
    background: transparent;
    outline: 2px solid var(--_type-color);
    outline-offset: -2px;
  }
  .figures {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    color: var(--_muted);
    padding-bottom: var(--_space-s);
  }
  th,
  td {
    padding: var(--_space-xs) var(--_space-s);
    border-bottom: 1px solid var(--_border);
    text-align: end;
  }
  th:first-child,
  td:first-child {
    text-align: start;
  }
  @media (forced-colors: active) {
    .slice {
      stroke: Canvas;
    }
    .swatch {
      forced-color-adjust: none;
    }
  }
`;
