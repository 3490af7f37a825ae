import type { MissionType } from '../data/contract.js';
import type { Bucket } from '../metrics/daily.js';
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
