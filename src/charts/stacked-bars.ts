import { niceLinear } from './nice-linear.js';

/** Space around the plot for the axes, in pixels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface StackedBarsOptions {
  /** Outer size in pixels (the SVG's). */
  width: number;
  height: number;
  margin: Margin;
  /** Wanted number of y ticks; d3 picks round values near it. Default: one per 40 px. */
  tickCount?: number;
  /** Gap between bars as a fraction of a bar's slot, when slots are at least 4 px wide. Default 0.2. */
  padding?: number;
}

export interface YTick {
  value: number;
  /** Vertical position in the SVG. */
  y: number;
}

/** Geometry of stacked bars: everything a template needs, nothing it must compute. */
export interface StackedBarsLayout {
  /** The plot rectangle inside the margins. */
  plot: { left: number; top: number; width: number; height: number };
  /** Horizontal room of one bar (bar plus its gap). */
  step: number;
  barWidth: number;
  /** Left edge of each bar. */
  x: number[];
  /** Sum of every series for each bar. */
  totals: number[];
  /** Top of each bar's stack (y of its total). */
  tops: number[];
  /**
   * One SVG path per series: a rectangle `M x,y0 h w V y1 h -w Z` for every bar
   * where that series is not 0. One DOM node per series, whatever the bar count.
   */
  paths: string[];
  /** Top of the y axis: the largest total rounded up to a nice value. */
  yMax: number;
  yTicks: YTick[];
  /** Horizontal grid lines at the y ticks, as one path. */
  grid: string;
}

/** Two decimals are finer than a device pixel and keep path strings short. */
const round = (value: number) => Math.round(value * 100) / 100;
/** A count that is not a finite non-negative number is drawn as 0. */
const clean = (value: number | undefined) =>
  value !== undefined && value > 0 && Number.isFinite(value) ? value : 0;

/**
 * Stacked bars for `series[s][i]` (series `s` in stack order from the bottom,
 * bar `i` from the left), every bar the same width. Pure: no DOM.
 */
export function stackedBars(
  series: readonly (readonly number[])[],
  { width, height, margin, tickCount, padding = 0.2 }: StackedBarsOptions,
): StackedBarsLayout {
  const plot = {
    left: margin.left,
    top: margin.top,
    width: Math.max(0, width - margin.left - margin.right),
    height: Math.max(0, height - margin.top - margin.bottom),
  };
  const bottom = plot.top + plot.height;
  const count = series.reduce((n, row) => Math.max(n, row.length), 0);
  const totals = new Array<number>(count).fill(0);
  for (const row of series) for (let i = 0; i < count; i++) totals[i]! += clean(row[i]);

  const ticks = tickCount ?? defaultTickCount(plot.height);
  const largest = totals.reduce((a, b) => Math.max(a, b), 0);
  const y = niceLinear(largest, ticks, bottom, plot.top);
  const yMax = y.max;
  const yTicks = wholeTicks(y.ticks).map((value) => ({ value, y: round(y(value)) }));
  const grid = yTicks.map((tick) => `M${plot.left},${tick.y}H${round(plot.left + plot.width)}`).join('');

  const step = count > 0 ? plot.width / count : 0;
  const barWidth = step >= 4 ? step * (1 - padding) : step;
  const x = new Array<number>(count);
  for (let i = 0; i < count; i++) x[i] = plot.left + i * step + (step - barWidth) / 2;

  // Paths are built as strings for thousands of bars: each number is written once and reused
  // (a bar's x by every series, a segment's top as the next segment's bottom).
  const yOf = (value: number) => round(bottom + (value / yMax) * (plot.top - bottom));
  const w = round(barWidth);
  const across = `h${w}V`;
  const back = `h${-w}Z`;
  const moveTo = x.map((left) => `M${round(left)},`);
  const stacked = new Array<number>(count).fill(0);
  const floor = new Array<string>(count).fill(String(round(bottom)));
  const paths = series.map((row) => {
    let d = '';
    for (let i = 0; i < count; i++) {
      const value = clean(row[i]);
      if (value === 0) continue;
      stacked[i]! += value;
      const top = String(yOf(stacked[i]!));
      d += moveTo[i]! + floor[i]! + across + top + back;
      floor[i] = top;
    }
    return d;
  });
  return {
    plot,
    step,
    barWidth,
    x,
    totals,
    tops: totals.map(yOf),
    paths,
    yMax,
    yTicks,
    grid,
  };
}

/** One y tick per 40 px of plot, at least 2. */
export function defaultTickCount(plotHeight: number): number {
  return Math.max(2, Math.floor(plotHeight / 40));
}

/** Counts are whole numbers: no tick at 0.5. */
function wholeTicks(ticks: number[]): number[] {
  return ticks.filter((value) => Number.isInteger(value));
}

/**
 * The y tick values `stackedBars` will draw for this largest total and tick
 * count, known before the layout so that the left margin can fit their labels.
 */
export function yTickValues(largest: number, tickCount: number): number[] {
  return wholeTicks(niceLinear(largest, tickCount, 1, 0).ticks);
}

/** The bar under the horizontal position `px` (SVG coordinates), by arithmetic; undefined outside the plot. */
export function barIndexAt(layout: StackedBarsLayout, px: number): number | undefined {
  const { plot, x } = layout;
  if (x.length === 0 || !(px >= plot.left && px <= plot.left + plot.width)) return undefined;
  return Math.min(x.length - 1, Math.floor((px - plot.left) / layout.step));
}
