import { scaleBand } from 'd3-scale';
import { niceLinear } from './nice-linear.js';

export interface HistogramInput {
  value: number;
  /** Drawn after the others, past a gap (e.g. the "unknown" share): not part of the scale's order. */
  apart?: boolean;
}

export interface HistogramOptions {
  width: number;
  height: number;
  /** Room for the axes. */
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Extra space before the bars drawn apart. */
  apartGap?: number;
  /** Wanted number of y ticks; default: one per 40 units of height, at least 2. */
  tickCount?: number;
}

export interface HistogramBar {
  /** Index in the input. */
  index: number;
  value: number;
  apart: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Horizontal centre, for the x label and the tooltip. */
  centre: number;
}

export interface HistogramLayout {
  bars: HistogramBar[];
  /** Nice y ticks, from 0 up, with their y position. */
  ticks: { value: number; y: number }[];
  /** The plot area inside the margins. */
  plot: { x: number; y: number; width: number; height: number };
  /** x of the line between ordinary bars and those drawn apart, when both exist. */
  separator: number | undefined;
}

const DEFAULT_MARGIN = { top: 8, right: 8, bottom: 28, left: 40 };

/** A value a bar can show: negative, NaN or infinite values draw as 0. */
const drawable = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);

/**
 * Geometry of a histogram with one bar per input (few buckets, so one rect
 * each): a band scale across, a linear scale up with nice ticks, and the
 * `apart` bars after a gap. Bars keep input order, ordinary ones first. Pure:
 * no DOM; every number it returns is finite.
 */
export function histogramLayout(
  input: readonly HistogramInput[],
  options: HistogramOptions,
): HistogramLayout {
  const margin = options.margin ?? DEFAULT_MARGIN;
  const plot = {
    x: margin.left,
    y: margin.top,
    width: Math.max(0, options.width - margin.left - margin.right),
    height: Math.max(0, options.height - margin.top - margin.bottom),
  };
  const ordered = [
    ...input.map((d, index) => ({ ...d, index })).filter((d) => !d.apart),
    ...input.map((d, index) => ({ ...d, index })).filter((d) => d.apart),
  ];
  const hasApart = ordered.some((d) => d.apart) && ordered.some((d) => !d.apart);
  const gap = hasApart ? Math.min(options.apartGap ?? 16, plot.width / 4) : 0;

  const x = scaleBand<number>()
    .domain(ordered.map((d) => d.index))
    .range([0, plot.width - gap])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const largest = Math.max(0, ...ordered.map((d) => drawable(d.value)));
  const tickCount = options.tickCount ?? Math.max(2, Math.floor(plot.height / 40));
  const y = niceLinear(largest, tickCount, plot.height, 0);

  const bars = ordered.map((d): HistogramBar => {
    const left = plot.x + (x(d.index) ?? 0) + (d.apart ? gap : 0);
    const top = plot.y + y(drawable(d.value));
    return {
      index: d.index,
      value: d.value,
      apart: d.apart === true,
      x: left,
      y: top,
      width: x.bandwidth(),
      height: plot.y + plot.height - top,
      centre: left + x.bandwidth() / 2,
    };
  });
  const firstApart = bars.find((b) => b.apart);
  const lastOrdinary = bars.filter((b) => !b.apart).at(-1);
  const separator =
    hasApart && firstApart && lastOrdinary
      ? (lastOrdinary.x + lastOrdinary.width + firstApart.x) / 2
      : undefined;
  return {
    bars,
    ticks: y.ticks.map((value) => ({ value, y: plot.y + y(value) })),
    plot,
    separator,
  };
}
