import { expect, fixture, html } from '@open-wc/testing';
import '../../src/mission-kpis/index.js';
import '../../src/mission-type-donut/index.js';
import type { MissionTypeDonut } from '../../src/mission-type-donut/mission-type-donut.js';
import type { MissionKpis } from '../../src/mission-kpis/mission-kpis.js';
import { summaryFixture } from '../fixtures/summary.js';
import { part, parts, settle } from './helpers.js';

/** WCAG relative luminance of a computed `rgb(r, g, b)` colour. */
function luminance(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number)
    .map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

for (const theme of ['light', 'dark'] as const) {
  describe(`theme="${theme}"`, () => {
    it('type colours keep 3:1 against the surface; text 4.5:1', async () => {
      const donut = await fixture<MissionTypeDonut>(
        html`<mission-type-donut lang="en" theme=${theme} .data=${summaryFixture()}></mission-type-donut>`,
      );
      await settle(donut, 'ready');
      const surface = getComputedStyle(donut).backgroundColor;
      const expected = theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(23, 25, 30)';
      expect(surface).to.equal(expected);
      for (const slice of parts(donut, 'slice')) {
        const ratio = contrast(getComputedStyle(slice).fill, surface);
        expect(ratio, `${slice.dataset.type} ${getComputedStyle(slice).fill}`).to.be.at.least(3);
      }
      const text = getComputedStyle(donut).color;
      expect(contrast(text, surface)).to.be.at.least(4.5);
      for (const variation of parts(donut, 'variation')) {
        expect(contrast(getComputedStyle(variation).color, surface), variation.className).to.be.at.least(4.5);
      }
      await expect(donut).to.be.accessible();
    });

    it('KPIs pass axe, muted text included', async () => {
      const kpis = await fixture<MissionKpis>(
        html`<mission-kpis lang="en" theme=${theme} .data=${summaryFixture()}></mission-kpis>`,
      );
      await settle(kpis, 'ready');
      // The tiles are the cards (the host paints no surface behind them).
      expect(getComputedStyle(kpis).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      const surface = getComputedStyle(part(kpis, 'tile')!).backgroundColor;
      expect(surface).to.equal(theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(23, 25, 30)');
      expect(contrast(getComputedStyle(part(kpis, 'label')!).color, surface)).to.be.at.least(4.5);
      await expect(kpis).to.be.accessible();
    });
  });
}

describe('page colour scheme', () => {
  it('a page variable --mission-color-scheme switches every widget without an attribute', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div class="dark-page">
        <mission-kpis lang="en" .data=${summaryFixture()}></mission-kpis>
      </div>`,
    );
    wrapper.style.setProperty('--mission-color-scheme', 'dark');
    const kpis = wrapper.querySelector('mission-kpis')!;
    await settle(kpis, 'ready');
    expect(getComputedStyle(part(kpis, 'tile')!).backgroundColor).to.equal('rgb(23, 25, 30)');
  });

  it('a page token overrides a built-in colour', async () => {
    const donut = await fixture<MissionTypeDonut>(
      html`<mission-type-donut lang="en" theme="light" .data=${summaryFixture()}></mission-type-donut>`,
    );
    donut.style.setProperty('--mission-color-review', 'rgb(1, 2, 3)');
    await settle(donut, 'ready');
    const review = parts(donut, 'slice').find((s) => s.dataset.type === 'review')!;
    expect(getComputedStyle(review).fill).to.equal('rgb(1, 2, 3)');
  });
});

describe('language', () => {
  it('follows the nearest lang in the page, then en; and switches when the page does', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<section lang="fr-FR">
        <div><mission-kpis .data=${summaryFixture()}></mission-kpis></div>
      </section>`,
    );
    const kpis = wrapper.querySelector('mission-kpis')!;
    await settle(kpis, 'ready');
    expect(part(kpis, 'label')!.textContent).to.equal('Missions validées');
    wrapper.setAttribute('lang', 'en-GB');
    await new Promise((r) => setTimeout(r, 0));
    await kpis.updateComplete;
    expect(part(kpis, 'label')!.textContent).to.equal('Validated missions');
    wrapper.setAttribute('lang', 'de');
    await new Promise((r) => setTimeout(r, 0));
    await kpis.updateComplete;
    expect(kpis.locale).to.equal('en');
  });

  it("the element's own lang wins over the page's", async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">
        <mission-kpis lang="fr" .data=${summaryFixture()}></mission-kpis>
      </div>`,
    );
    const kpis = wrapper.querySelector('mission-kpis')!;
    await settle(kpis, 'ready');
    expect(kpis.locale).to.equal('fr');
  });
});
