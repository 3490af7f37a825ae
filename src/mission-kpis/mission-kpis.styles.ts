import { css } from 'lit';

export const kpisStyles = css`
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tile {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .label {
    color: var(--_muted);
  }
  .value {
    font-size: 1.75em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    align-items: baseline;
  }
`;
