import { html, type TemplateResult } from 'lit';
import type { Variation } from '../metrics/variation.js';
import { formatSignedPercent, formatPercent } from '../format/format.js';
import { t, type Lang } from '../format/messages.js';

/** The sentence a screen reader hears for a variation. */
export function variationText(lang: Lang, variation: Variation): string {
  switch (variation.kind) {
    case 'up':
      return t(lang, 'variationUp', { value: formatPercent(lang, variation.ratio) });
    case 'down':
      return t(lang, 'variationDown', { value: formatPercent(lang, -variation.ratio) });
    case 'flat':
      return t(lang, 'variationFlat');
    case 'new':
      return t(lang, 'variationNew');
    case 'none':
      return t(lang, 'variationNone');
  }
}

const ARROWS: Record<Variation['kind'], string> = { up: '▲', down: '▼', flat: '=', new: '★', none: '–' };

/** "▲ +12.3%" shown, the full sentence read. Never NaN or Infinity: those cases are words. */
export function renderVariation(lang: Lang, variation: Variation): TemplateResult {
  const shown =
    variation.kind === 'new'
      ? t(lang, 'variationNewShort')
      : variation.kind === 'none'
        ? ''
        : formatSignedPercent(lang, variation.ratio);
  return html`<span part="variation" class=${variation.kind} data-kind=${variation.kind}
    ><span aria-hidden="true">${ARROWS[variation.kind]} ${shown}</span
    ><span class="sr-only">${variationText(lang, variation)}</span></span
  >`;
}
