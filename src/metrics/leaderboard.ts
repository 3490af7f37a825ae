/** Pure helpers of the leaderboard: avatars, initials, CSV rows. */
import { MISSION_TYPES, type LeaderboardEntry } from '../data/contract.js';
import type { CsvCell } from '../format/csv.js';

/** The avatar URL to show, or undefined: only absolute `https:` URLs are ever used. */
export function safeAvatar(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Whole user-perceived characters: an accented letter or a flag is one initial. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Up to two initials of a name ("Ada Lovelace" → "AL", "  émile " → "É"); "?" for a blank name. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = (words.length > 1 ? [words[0]!, words[words.length - 1]!] : words).map(
    (word) => graphemes.segment(word)[Symbol.iterator]().next().value?.segment ?? '',
  );
  return letters.join('').toLocaleUpperCase() || '?';
}

/** One CSV row: rank, customer id, name, total, then counts in type order. */
export function leaderboardCsvRow(entry: LeaderboardEntry): CsvCell[] {
  return [
    entry.rank,
    entry.customer.id,
    entry.customer.name,
    entry.total,
    ...MISSION_TYPES.map((type) => entry.byType[type]),
  ];
}
