import { css } from 'lit';

export const listStyles = css`
  .toolbar {
    justify-content: space-between;
  }
  .filter {
    display: inline-flex;
    gap: var(--_space-s);
    align-items: center;
  }
  .export {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .export-error {
    color: var(--_negative);
  }
  .type-cell {
    display: inline-flex;
    gap: var(--_space-xs);
    align-items: center;
    white-space: nowrap;
  }
  tbody th {
    font-weight: normal;
  }
  .title {
    display: block;
    font-weight: 600;
  }
  .description {
    display: block;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  th[aria-sort] button {
    display: inline-flex;
    gap: var(--_space-xs);
    align-items: baseline;
    font-weight: 600;
    color: var(--_text);
    background: transparent;
    border-color: transparent;
  }
  th[aria-sort] button:hover {
    border-color: var(--_border);
  }
  .detail {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2rem;
    height: 2rem;
    color: var(--_focus);
    background: transparent;
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) / 2);
    padding: 0;
  }
  .detail:hover {
    border-color: var(--_border);
  }
  .detail svg {
    width: 1rem;
    height: 1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  table[aria-busy='true'] tbody {
    opacity: 0.55;
    transition: opacity 150ms ease-out;
  }
  .none {
    text-align: center;
    color: var(--_muted);
  }
`;
