import { css } from 'lit';

export const detailStyles = css`
  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    margin-bottom: var(--_space-m);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
    color: var(--_muted);
  }
  .type {
    display: inline-flex;
    gap: var(--_space-xs);
    align-items: center;
  }
  .badge {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 var(--_space-s);
  }
  .title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .description {
    margin: 0;
    color: var(--_muted);
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m) var(--_space-l);
    margin: 0 0 var(--_space-m);
  }
  .figures div {
    display: flex;
    flex-direction: column;
  }
  .figures dt {
    color: var(--_muted);
  }
  .figures dd {
    margin: 0;
    display: flex;
    gap: var(--_space-s);
    align-items: baseline;
  }
  .value {
    font-size: 1.5em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .bars {
    fill: var(--_type-color);
  }
  .grid {
    fill: none;
    stroke: var(--_border);
    shape-rendering: crispEdges;
  }
  @media (forced-colors: active) {
    .bars {
      forced-color-adjust: none;
    }
  }
`;
