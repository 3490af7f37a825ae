import type { Lang } from './messages.js';

const formats = new Map<Lang, Intl.NumberFormat>();

/**
 * A ratio as a multiple: 2.4 → "2.4×" (en), "2,4 ×" (fr, with a narrow
 * no-break space as French typography wants). One decimal at most.
 */
export function formatMultiple(lang: Lang, value: number): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    formats.set(lang, format);
  }
  const number = format.format(value);
  return lang === 'fr' ? `${number}\u202f×` : `${number}×`;
}
