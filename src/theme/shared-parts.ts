import { css } from 'lit';

/** `--_type-color` for any element carrying `data-type`: swatches, slices, bars, icons. */
export const typeColorStyles = css`
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
`;

/** The legend of `renderTypeLegend`. */
export const typeLegendStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
    min-width: 0;
  }
  .legend button {
    display: inline-flex;
    gap: var(--_space-s);
    align-items: baseline;
    text-align: start;
    background: transparent;
    border-color: transparent;
  }
  .legend button[aria-pressed='false'] .name,
  .legend button[aria-pressed='false'] .figures,
  .legend button[aria-pressed='false'] [part~='variation'] {
    text-decoration: line-through;
    color: var(--_muted);
  }
  .swatch {
    width: 0.75em;
    height: 0.75em;
    border-radius: 2px;
    background: var(--_type-color);
    align-self: center;
    flex: none;
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
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
    }
  }
`;

/** Data tables: the chart's table view and the table widgets. */
export const tableStyles = css`
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
    vertical-align: baseline;
  }
  th:first-child,
  td:first-child,
  th.text,
  td.text {
    text-align: start;
  }
  thead th {
    color: var(--_muted);
    font-weight: 600;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
    justify-content: flex-end;
    margin-bottom: var(--_space-s);
  }
  .toolbar button[aria-pressed='true'] {
    border-color: var(--_focus);
  }
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: var(--_space-xs);
  }
`;

/** `renderPagination`. */
export const paginationStyles = css`
  .pagination {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
    justify-content: flex-end;
    margin-top: var(--_space-s);
  }
  .pagination .range {
    font-variant-numeric: tabular-nums;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
`;

/** The frame of the SVG charts (daily, detail, audience): figure, plot, axes' text. */
export const chartFrameStyles = css`
  .figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .plot {
    border-radius: calc(var(--_radius) / 2);
  }
  svg {
    display: block;
    overflow: visible;
  }
  .axis text {
    fill: var(--_muted);
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }
  .y-axis text {
    text-anchor: end;
    dominant-baseline: middle;
  }
  .x-axis text {
    text-anchor: middle;
  }
`;
