import type { Lang } from './messages.js';

/** Intl formatters are costly to build: one per language and options. */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(lang, options);
    cache.set(key, format);
  }
  return format;
}

export function formatCount(lang: Lang, value: number): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

/** A ratio as a percentage: 0.1234 → "12.3%". */
export function formatPercent(lang: Lang, ratio: number, fractionDigits = 1): string {
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: fractionDigits,
  }).format(ratio);
}

/** A variation with its sign: 0.123 → "+12.3%", -0.05 → "-5%". */
export function formatSignedPercent(lang: Lang, ratio: number): string {
  return numberFormat(lang, {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: 1,
  }).format(ratio);
}

export function formatCurrency(lang: Lang, value: number, currency: string): string {
  return numberFormat(lang, { style: 'currency', currency }).format(value);
}

/** YYYY-MM-DD as a short local date ("Mar 4, 2026", "4 mars 2026"), independent of the viewer's time zone. */
export function formatDate(
  lang: Lang,
  date: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const key = `d|${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}
