import { html } from 'lit';
import { MISSION_TYPES } from '../data/contract.js';
import { bucketLabel } from '../charts/time-labels.js';
import { seriesTotal, type DailyBuckets } from '../metrics/daily.js';
import { formatCount } from '../format/format.js';
import { t, type Lang } from '../format/messages.js';
import { dailyText } from './messages.js';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The data-table view: one row per bar with every type (hidden ones too) and the total. */
export function renderDailyTable(lang: Lang, caption: string, buckets: DailyBuckets) {
  const totals = MISSION_TYPES.map((_, s) => seriesTotal(buckets.values[s]!));
  return html`<table part="table">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${dailyText(lang, `column_${buckets.resolution}`)}</th>
        ${MISSION_TYPES.map((type) => html`<th scope="col">${t(lang, `type_${type}`)}</th>`)}
        <th scope="col">${t(lang, 'total')}</th>
      </tr>
    </thead>
    <tbody>
      ${buckets.buckets.map((bucket, i) => {
        const counts = MISSION_TYPES.map((_, s) => buckets.values[s]![i]!);
        return html`<tr>
          <th scope="row">${bucketLabel(lang, bucket)}</th>
          ${counts.map((n) => html`<td>${formatCount(lang, n)}</td>`)}
          <td>${formatCount(lang, sum(counts))}</td>
        </tr>`;
      })}
    </tbody>
    <tfoot>
      <tr>
        <th scope="row">${t(lang, 'total')}</th>
        ${totals.map((n) => html`<td>${formatCount(lang, n)}</td>`)}
        <td>${formatCount(lang, sum(totals))}</td>
      </tr>
    </tfoot>
  </table>`;
}
