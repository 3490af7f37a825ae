import { css } from 'lit';

export const leaderboardStyles = css`
  .toolbar {
    justify-content: flex-end;
  }
  tbody th {
    font-weight: normal;
  }
  .rank {
    text-align: start;
    font-weight: 600;
  }
  .customer {
    display: inline-flex;
    gap: var(--_space-s);
    align-items: center;
  }
  .avatar {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 1.75rem;
    height: 1.75rem;
    flex: none;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.75em;
    font-weight: 600;
  }
  .name {
    overflow-wrap: anywhere;
  }
  .type-head {
    display: inline-flex;
    gap: var(--_space-xs);
    align-items: center;
    justify-content: flex-end;
  }
  .total {
    font-weight: 600;
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
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
    justify-content: flex-end;
  }
  .jump {
    display: inline-flex;
    gap: var(--_space-s);
    margin-top: var(--_space-s);
  }
`;
