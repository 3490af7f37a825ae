import type { Bucket, Resolution } from '../metrics/daily.js';
import { formatDate } from '../format/format.js';
import { t, type Lang } from '../format/messages.js';

/** A bar's dates: one day, or the range of a week or month bucket (cut to the period). */
export function bucketLabel(lang: Lang, bucket: Bucket): string {
  if (bucket.start === bucket.end) return formatDate(lang, bucket.start);
  return t(lang, 'periodRange', { from: formatDate(lang, bucket.start), to: formatDate(lang, bucket.end) });
}

const TICK_FORMATS: Record<Resolution, Intl.DateTimeFormatOptions> = {
  day: { month: 'short', day: 'numeric' },
  week: { month: 'short', day: 'numeric' },
  month: { month: 'short', year: 'numeric' },
};

/** The x axis label of a bar starting on `start`: "Nov 2" for days and weeks, "Nov 2026" for months. */
export function tickLabel(lang: Lang, resolution: Resolution, start: string): string {
  return formatDate(lang, start, TICK_FORMATS[resolution]);
}
