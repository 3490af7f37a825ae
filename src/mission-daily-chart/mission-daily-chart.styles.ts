import { css } from 'lit';

export const dailyChartStyles = css`
  .bars {
    fill: var(--_type-color);
  }
  .grid {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .highlight {
    fill: var(--_text);
    opacity: 0.1;
  }
  .overlay {
    fill: transparent;
    cursor: crosshair;
  }
  .tip-rows {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: 0 var(--_space-s);
    align-items: center;
    margin-top: var(--_space-xs);
    font-variant-numeric: tabular-nums;
  }
  .tip-rows .count {
    text-align: end;
  }
  .tip-rows .total {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .bars {
      forced-color-adjust: none;
    }
    .highlight {
      fill: Highlight;
    }
  }
`;
