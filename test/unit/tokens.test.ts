// Material Web's check: a private token (`--_x`) defined but never used, or
// used but never defined, is a mistake in the theme.
import { expect } from '@open-wc/testing';
import type { CSSResultOrNative } from 'lit';
import '../../src/index.js';
import { tokens } from '../../src/theme/tokens.js';

const TAGS = [
  'mission-dashboard',
  'mission-kpis',
  'mission-type-donut',
  'mission-daily-chart',
  'mission-detail',
  'mission-list',
  'mission-leaderboard',
  'mission-impact-table',
  'mission-insights',
  'mission-audience-chart',
];

function cssText(style: CSSResultOrNative): string {
  return style instanceof CSSStyleSheet
    ? [...style.cssRules].map((r) => r.cssText).join('\n')
    : style.cssText;
}

function stylesOf(tag: string): string {
  const element = customElements.get(tag) as
    (CustomElementConstructor & { elementStyles: CSSResultOrNative[] }) | undefined;
  expect(element, tag).to.not.equal(undefined);
  return element!.elementStyles.map(cssText).join('\n');
}

const names = (css: string, pattern: RegExp) => new Set([...css.matchAll(pattern)].map((m) => m[1]!));

describe('theme tokens', () => {
  const all = TAGS.map(stylesOf).join('\n');
  const defined = names(all, /(--_[\w-]+)\s*:/g);
  const used = names(all, /var\(\s*(--_[\w-]+)/g);

  it('every private token used is defined', () => {
    expect([...used].filter((name) => !defined.has(name))).to.deep.equal([]);
  });

  it('every token of the theme is used by some element', () => {
    const theme = names(tokens.cssText, /(--_[\w-]+)\s*:/g);
    expect(theme.size).to.be.greaterThan(15);
    expect([...theme].filter((name) => !used.has(name))).to.deep.equal([]);
  });

  it('every public --mission-* colour of the theme has a private mirror', () => {
    const mirrored = names(tokens.cssText, /--_[\w-]+:\s*var\((--mission-[\w-]+)/g);
    for (const type of ['classic', 'content', 'review', 'engagement']) {
      expect(mirrored.has(`--mission-color-${type}`), type).to.equal(true);
    }
  });

  it('every element uses the shared tokens', () => {
    for (const tag of TAGS) expect(stylesOf(tag), tag).to.contain('--_surface');
  });
});
