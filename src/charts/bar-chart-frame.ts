import type { Resolution } from '../metrics/daily.js';
import { defaultTickCount, stackedBars, yTickValues, type StackedBarsLayout } from './stacked-bars.js';
import { timeTicks } from './time-ticks.js';

export interface BarChartFrameInput {
  /** First day of each bar, YYYY-MM-DD. */
  starts: readonly string[];
  resolution: Resolution;
  /** `series[s][i]`, stacked from the bottom in series order. */
  series: readonly (readonly number[])[];
  width: number;
  height: number;
  /** A y tick's label (e.g. "1,200"): injected, so that this module stays free of Intl and language. */
  formatValue: (value: number) => string;
  /** An x tick's label for a bar starting on `start`. */
  formatStart: (start: string) => string;
  /** Average width of a label character in pixels (11 px digits ≈ 6.5). */
  charWidth?: number;
  /** Room above the plot; the default leaves space for the top tick label. */
  marginTop?: number;
  /** Room under the plot; 0 drops the x axis labels. */
  marginBottom?: number;
}

export interface AxisTick {
  /** Position on its axis, in SVG pixels. */
  at: number;
  label: string;
}

/** A bar chart's geometry with its axes' ticks and labels. */
export interface BarChartFrame {
  layout: StackedBarsLayout;
  /** Labels under bars, thinned to fit the width (x at the bar's centre). */
  xTicks: AxisTick[];
  /** Labels left of the grid lines. */
  yTicks: AxisTick[];
}

/**
 * Stacked bars with their axes for a size in pixels: the left margin fits the
 * longest y label, x labels are as many as fit (calendar-aligned). Only the
 * labels shown are formatted, so drawing 1,095 days formats about ten dates.
 */
export function barChartFrame({
  starts,
  resolution,
  series,
  width,
  height,
  formatValue,
  formatStart,
  charWidth = 6.5,
  marginTop = 10,
  marginBottom = 24,
}: BarChartFrameInput): BarChartFrame {
  let largest = 0;
  for (let i = 0; i < starts.length; i++) {
    let total = 0;
    for (const row of series) total += Math.max(0, row[i] ?? 0);
    if (total > largest) largest = total;
  }
  const tickCount = defaultTickCount(height - marginTop - marginBottom);
  const yLabels = new Map(yTickValues(largest, tickCount).map((value) => [value, formatValue(value)]));
  const longest = Math.max(1, ...[...yLabels.values()].map((label) => label.length));
  const margin = {
    top: marginTop,
    right: 8,
    bottom: marginBottom,
    left: Math.ceil(longest * charWidth + 10),
  };
  const layout = stackedBars(series, { width, height, margin, tickCount });

  const sample = starts[0] === undefined ? '' : formatStart(starts[0]);
  const xTicks =
    marginBottom > 0
      ? timeTicks(starts, resolution, layout.step, (sample.length + 2) * charWidth + 8).map((i) => ({
          at: layout.x[i]! + layout.barWidth / 2,
          label: formatStart(starts[i]!),
        }))
      : [];
  const yTicks = layout.yTicks.map((tick) => ({
    at: tick.y,
    label: yLabels.get(tick.value) ?? formatValue(tick.value),
  }));
  return { layout, xTicks, yTicks };
}
