import type { AudienceDimension, AudienceDistribution } from '../data/contract.js';
import type { Lang } from '../format/messages.js';
import { finiteRatio } from './impact.js';

export interface AudienceShare {
  customers: number;
  /**
   * Of ALL engaged customers, unknown included, so that the buckets and the
   * unknown share add up to 100% and no bucket looks bigger than it is.
   * Undefined when nobody is counted.
   */
  share: number | undefined;
}

export interface AudienceShares {
  buckets: (AudienceShare & { min: number; max: number | null })[];
  unknown: AudienceShare;
  /** Engaged customers: the buckets plus unknown. */
  total: number;
}

/** Shares of a distribution's buckets and of its unknown part. */
export function audienceShares(distribution: AudienceDistribution): AudienceShares {
  const total = distribution.buckets.reduce((sum, b) => sum + b.customers, distribution.unknown);
  return {
    buckets: distribution.buckets.map((b) => ({
      min: b.min,
      max: b.max,
      customers: b.customers,
      share: finiteRatio(b.customers, total),
    })),
    unknown: { customers: distribution.unknown, share: finiteRatio(distribution.unknown, total) },
    total,
  };
}

const compactFormats = new Map<Lang, Intl.NumberFormat>();

function compact(lang: Lang, value: number): string {
  let format = compactFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
    compactFormats.set(lang, format);
  }
  return format.format(value);
}

/**
 * A bracket's name from its bounds (`max` exclusive, null when open):
 * followers compactly ("1K–10K", "1M+"), ages in whole years ("18–24", "65+").
 */
export function bracketLabel(
  lang: Lang,
  dimension: AudienceDimension,
  min: number,
  max: number | null,
): string {
  if (dimension === 'age') {
    if (max === null) return `${compact(lang, min)}+`;
    return max - 1 > min ? `${compact(lang, min)}–${compact(lang, max - 1)}` : compact(lang, min);
  }
  return max === null ? `${compact(lang, min)}+` : `${compact(lang, min)}–${compact(lang, max)}`;
}
