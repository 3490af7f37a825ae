// Text the daily chart speaks (plot name, bar sentences), kept pure so it is testable without a DOM.
import { MISSION_TYPES, type MissionType } from '../data/contract.js';
import type { Bucket, DailyBuckets } from '../metrics/daily.js';
import { bucketLabel } from '../charts/time-labels.js';
import { formatCount } from '../format/format.js';
import { t, type Lang } from '../format/messages.js';
import { dailyText } from './messages.js';

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

/** Each shown type's count in bar `index`. */
export function barCounts(
  buckets: DailyBuckets,
  types: readonly MissionType[],
  index: number,
): { type: MissionType; count: number }[] {
  return types.map((type) => ({ type, count: buckets.values[MISSION_TYPES.indexOf(type)]![index] ?? 0 }));
}

/** The plot's accessible name: its title, total and peak bar (or that every type is hidden). */
export function plotSummary(
  lang: Lang,
  title: string,
  buckets: DailyBuckets,
  totals: readonly number[],
  anyShown: boolean,
): string {
  if (!anyShown) return dailyText(lang, 'plotSummaryHidden', { title });
  let peak = 0;
  let total = 0;
  totals.forEach((value, i) => {
    total += value;
    if (value > totals[peak]!) peak = i;
  });
  const peakBucket = buckets.buckets[peak];
  return dailyText(lang, 'plotSummary', {
    title,
    total: formatCount(lang, total),
    peak: formatCount(lang, totals[peak] ?? 0),
    peakDate: peakBucket ? bucketLabel(lang, peakBucket) : '',
  });
}
