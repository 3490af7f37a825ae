/**
 * A variation `(current - previous) / previous` (SPEC §1), with the cases a
 * screen must show in words instead of NaN or Infinity.
 */
export type Variation =
  | { kind: 'up' | 'down' | 'flat'; ratio: number }
  /** Nothing before, something now: no ratio exists. */
  | { kind: 'new' }
  /** Nothing in either period, or a figure that is itself undefined. */
  | { kind: 'none' };

export function variation(current: number | undefined, previous: number | undefined): Variation {
  if (current === undefined || previous === undefined) return { kind: 'none' };
  if (!Number.isFinite(current) || !Number.isFinite(previous)) return { kind: 'none' };
  if (previous === 0) return current === 0 ? { kind: 'none' } : { kind: 'new' };
  const ratio = (current - previous) / previous;
  return { kind: ratio > 0 ? 'up' : ratio < 0 ? 'down' : 'flat', ratio };
}

/** `part / whole`, undefined when the whole is 0 (a share of nothing is not 0%). */
export function ratio(part: number, whole: number): number | undefined {
  return whole > 0 ? part / whole : undefined;
}
