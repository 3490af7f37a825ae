import { arc, pie, type PieArcDatum } from 'd3-shape';

export interface DonutInput<K extends string> {
  key: K;
  value: number;
}

export interface DonutSlice<K extends string> {
  key: K;
  value: number;
  startAngle: number;
  endAngle: number;
  /** SVG path data, centred on (0, 0). */
  path: string;
  /** Middle of the slice's ring, for a tooltip anchor. */
  centroid: [number, number];
}

export interface DonutOptions {
  /** Outer radius in SVG units. */
  radius: number;
  /** Inner radius as a fraction of the outer one (0 = pie). */
  innerRatio?: number;
  padAngle?: number;
  cornerRadius?: number;
}

/**
 * Slices of a donut for non-negative values, in input order (no sorting: the
 * type order is fixed everywhere). Zero values give no slice. Pure: no DOM.
 */
export function donutLayout<K extends string>(
  input: readonly DonutInput<K>[],
  { radius, innerRatio = 0.62, padAngle = 0.012, cornerRadius = 2 }: DonutOptions,
): DonutSlice<K>[] {
  const positive = input.filter((d) => d.value > 0 && Number.isFinite(d.value));
  const single = positive.length === 1;
  // Angles depend on ratios only; scaling by the largest value keeps the total finite and non-zero.
  const largest = Math.max(...positive.map((d) => d.value));
  const arcs = pie<DonutInput<K>>()
    .value((d) => d.value / largest)
    .sort(null)
    .padAngle(single ? 0 : padAngle)(positive);
  const shape = arc<PieArcDatum<DonutInput<K>>>()
    .innerRadius(radius * innerRatio)
    .outerRadius(radius)
    .cornerRadius(single ? 0 : cornerRadius);
  return arcs.map((a) => ({
    key: a.data.key,
    value: a.data.value,
    startAngle: a.startAngle,
    endAngle: a.endAngle,
    path: shape(a) ?? '',
    centroid: shape.centroid(a),
  }));
}
