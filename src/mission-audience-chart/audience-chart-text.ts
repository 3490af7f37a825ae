// The audience chart's entries and the sentences it shows or speaks, pure so they need no DOM.
import type { AudienceDimension, AudienceResponse } from '../data/contract.js';
import { audienceShares, bracketLabel } from '../metrics/audience.js';
import { formatCount, formatPercent } from '../format/format.js';
import type { Lang } from '../format/messages.js';
import { audienceText } from './messages.js';

/** One bar: a bracket, or the unknown share drawn apart. */
export interface Entry {
  label: string;
  customers: number;
  share: number | undefined;
  unknown: boolean;
}

/** Brackets of `dimension` with formatted labels, then the unknown share. */
export function audienceEntries(lang: Lang, value: AudienceResponse, dimension: AudienceDimension): Entry[] {
  const shares = audienceShares(value[dimension]);
  return [
    ...shares.buckets.map((b) => ({
      label: bracketLabel(lang, dimension, b.min, b.max),
      customers: b.customers,
      share: b.share,
      unknown: false,
    })),
    {
      label: audienceText(lang, 'unknown'),
      customers: shares.unknown.customers,
      share: shares.unknown.share,
      unknown: true,
    },
  ];
}

/** "1,234 · 12.3%": a bar's customers and share. */
export function entryFigures(lang: Lang, entry: Entry): string {
  return `${formatCount(lang, entry.customers)} · ${formatPercent(lang, entry.share ?? 0)}`;
}

/** What the live region says for the keyboard's bar. */
export function entrySentence(lang: Lang, entry: Entry): string {
  return audienceText(lang, 'bucketSentence', {
    label: entry.label,
    count: formatCount(lang, entry.customers),
    share: formatPercent(lang, entry.share ?? 0),
  });
}

/** The sentence under the chart giving the unknown share. */
export function unknownNote(lang: Lang, unknown: Entry): string {
  return audienceText(lang, 'unknownNote', {
    share: formatPercent(lang, unknown.share ?? 0),
    count: formatCount(lang, unknown.customers),
  });
}

/** The plot's accessible name: title, total and every bar's share. */
export function audienceSummary(lang: Lang, title: string, entries: readonly Entry[]): string {
  const total = entries.reduce((sum, e) => sum + e.customers, 0);
  return audienceText(lang, 'summary', {
    title,
    total: formatCount(lang, total),
    parts: entries.map((e) => `${e.label} ${formatPercent(lang, e.share ?? 0)}`).join(', '),
  });
}
