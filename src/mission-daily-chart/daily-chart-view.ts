// The daily chart's plot and tooltip as pure templates, so the element keeps only state and events.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { renderFocusPlot, type PlotFocus } from '../base/chart-focus.js';
import { MISSION_TYPES, type MissionType } from '../data/contract.js';
import type { BarChartFrame } from '../charts/bar-chart-frame.js';
import { seriesTotal, type Bucket, type DailyBuckets } from '../metrics/daily.js';
import { renderTypeLegend } from '../base/type-legend.js';
import { bucketLabel } from '../charts/time-labels.js';
import { formatCount } from '../format/format.js';
import { t, type Lang } from '../format/messages.js';
import { dailyText } from './messages.js';

export interface DailyPlotOptions extends PlotFocus {
  frame: BarChartFrame;
  types: readonly MissionType[];
  height: number;
  /** The highlighted bar, if any. */
  highlight: number | undefined;
  onPointer: (event: PointerEvent) => void;
  onPointerLeave: () => void;
}

/** The focusable plot: grid, one path per shown type, axes, and the pointer overlay. */
export function renderDailyPlot(options: DailyPlotOptions): TemplateResult {
  const { layout, xTicks, yTicks } = options.frame;
  const { plot } = layout;
  const index = options.highlight;
  return renderFocusPlot(
    options,
    html`<svg part="chart" width=${plot.left + plot.width + 8} height=${options.height} aria-hidden="true">
      <path class="grid" d=${layout.grid}></path>
      ${
        index !== undefined
          ? svg`<rect part="highlight" class="highlight" x=${plot.left + index * layout.step}
              y=${plot.top} width=${Math.max(layout.step, 2)} height=${plot.height}></rect>`
          : nothing
      }
      ${options.types.map(
        (type, s) => svg`<path part="bars" class="bars" data-type=${type} d=${layout.paths[s]!}></path>`,
      )}
      <g part="axis" class="axis y-axis">
        ${yTicks.map((tick) => svg`<text x=${plot.left - 6} y=${tick.at}>${tick.label}</text>`)}
      </g>
      <g part="axis" class="axis x-axis">
        ${xTicks.map((tick) => svg`<text x=${tick.at} y=${plot.top + plot.height + 16}>${tick.label}</text>`)}
      </g>
      <rect
        class="overlay"
        x=${plot.left}
        y=${plot.top}
        width=${plot.width}
        height=${plot.height}
        @pointermove=${options.onPointer}
        @pointerleave=${options.onPointerLeave}
      ></rect>
    </svg>`,
  );
}

/** A bar's tooltip: its dates, each shown type's count, and their sum ("Total" or "Shown"). */
export function renderDailyTip(
  lang: Lang,
  bucket: Bucket,
  counts: readonly { type: MissionType; count: number }[],
  allShown: boolean,
): TemplateResult {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const totalLabel = allShown ? t(lang, 'total') : dailyText(lang, 'tooltipShown');
  return html`<strong>${bucketLabel(lang, bucket)}</strong>
    <span class="tip-rows">
      ${counts.map(
        ({ type, count }) =>
          html`<span class="swatch" data-type=${type}></span><span>${t(lang, `type_${type}`)}</span
            ><span class="count">${formatCount(lang, count)}</span>`,
      )}
      <span></span><span class="total">${totalLabel}</span
      ><span class="count total">${formatCount(lang, total)}</span>
    </span>`;
}

/** The legend: one toggle per type with its total over the period. */
export function renderDailyLegend(
  lang: Lang,
  buckets: DailyBuckets,
  hidden: ReadonlySet<MissionType>,
  onToggle: (type: MissionType) => void,
): TemplateResult {
  return renderTypeLegend(
    lang,
    dailyText(lang, 'legendLabel'),
    MISSION_TYPES.map((type, s) => ({ type, figures: formatCount(lang, seriesTotal(buckets.values[s]!)) })),
    hidden,
    onToggle,
  );
}
