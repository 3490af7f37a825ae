import { css } from 'lit';

export const kpisStyles = css`
  :host {
    /* The tiles are the cards: no surface painted behind and between them. */
    background: transparent;
    container-type: inline-size;
    --_skeleton-height: 7.5rem;
  }
  .tiles {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Three tiles in a row or one per row: never two and an orphan. */
  @container (min-width: 30rem) {
    .tiles {
      grid-template-columns: repeat(3, 1fr);
    }
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
