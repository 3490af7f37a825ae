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
  /* Loading the next page: the rows stay readable (no fading: contrast), the header rule pulses. */
  table[aria-busy='true'] {
    cursor: progress;
  }
  table[aria-busy='true'] thead th {
    border-bottom: 2px solid var(--_focus);
    animation: busy 1s ease-in-out infinite alternate;
  }
  @keyframes busy {
    to {
      border-bottom-color: var(--_border);
    }
  }
  .none {
    text-align: center;
    color: var(--_muted);
  }
`;
