import type { MissionType } from '../data/contract.js';
import type { Bucket, Resolution } from '../metrics/daily.js';
import { formatCount, formatDate } from '../format/format.js';
import { t, type Lang } from '../format/messages.js';
import { dailyText } from './messages.js';

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

/** The x axis label of a bar starting on `start`. */
export function tickLabel(lang: Lang, resolution: Resolution, start: string): string {
  return formatDate(lang, start, TICK_FORMATS[resolution]);
}

/**
 * What the tooltip shows and the live region says for bar `index`: its dates,
 * each shown type's count and their sum.
 */
export function barSentence(
  lang: Lang,
  bucket: Bucket,
  counts: readonly { type: MissionType; count: number }[],
  allShown: boolean,
): string {
  const parts = counts.map(({ type, count }) => `${t(lang, `type_${type}`)} ${formatCount(lang, count)}`);
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return dailyText(lang, allShown ? 'barText' : 'barTextShown', {
    date: bucketLabel(lang, bucket),
    parts: parts.join(', '),
    total: formatCount(lang, total),
  });
}
