import { nice, ticks } from 'd3-array';

/** A linear map from counts in [0, max] to pixels in [bottom, top], with its ticks. */
export interface NiceLinear {
  (value: number): number;
  /** The upper end of the domain, made nice (a round number at or above the largest value). */
  readonly max: number;
  readonly ticks: number[];
}

/**
 * The y scale of the bar charts: the same values as d3-scale's
 * `scaleLinear().domain([0, largest]).nice(count)` through d3-array's `nice` and
 * `ticks`, without pulling d3-interpolate, d3-color and d3-format (about 8 kB
 * gzipped) into every chart for a mapping that is one multiplication.
 */
export function niceLinear(largest: number, tickCount: number, bottom: number, top: number): NiceLinear {
  const [, max] = nice(0, largest > 0 ? largest : 1, tickCount);
  const scale = (value: number) => bottom + (value / max) * (top - bottom);
  return Object.assign(scale, { max, ticks: ticks(0, max, tickCount) });
}
