import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/mission-type-donut/index.js';
import type { MissionTypeDonut } from '../../src/mission-type-donut/mission-type-donut.js';
import { emptySummaryFixture, summaryFixture } from '../fixtures/summary.js';
import { part, parts, settle, shadowText, nextEvent } from './helpers.js';

async function ready(data = summaryFixture(), lang = 'en') {
  const el = await fixture<MissionTypeDonut>(
    html`<mission-type-donut lang=${lang} .data=${data}></mission-type-donut>`,
  );
  await settle(el, 'ready');
  return el;
}

const slices = (el: MissionTypeDonut) => parts(el, 'slice');
const tooltip = (el: MissionTypeDonut) => part(el, 'tooltip')!;

describe('<mission-type-donut>', () => {
  it('draws one slice per type in type order, the total in the centre, and a legend with share and variation', async () => {
    const el = await ready();
    expect(slices(el).map((s) => s.dataset.type)).to.deep.equal([
      'classic',
      'content',
      'review',
      'engagement',
    ]);
    expect(part(el, 'total')!.textContent).to.equal('1,840');
    const legend = parts(el, 'legend-item').map((b) => b.innerText.replace(/\s+/g, ' '));
    // 820 / 1840 = 44.6%, +2.5% vs 800; engagement had 0 before → new
    expect(legend[0]).to.contain('Classic').and.contain('820').and.contain('44.6%').and.contain('+2.5%');
    expect(legend[2]).to.contain('Review').and.contain('-24%');
    expect(legend[3]).to.contain('Engagement').and.contain('new');
    await expect(el).to.be.accessible();
  });

  it('gives the chart a text alternative listing every type', async () => {
    const el = await ready();
    const svg = part(el, 'chart')!;
    expect(svg.getAttribute('aria-label')).to.equal(
      '1,840 validated missions: Classic 820 (44.6%), Content 410 (22.3%), Review 380 (20.7%), Engagement 230 (12.5%).',
    );
    expect(slices(el)[0]!.getAttribute('aria-label')).to.equal(
      'Classic: 820 missions, 44.6% of the total, up 2.5% vs previous period',
    );
  });

  it('is one tab stop; arrows, Home and End move across slices and show the tooltip', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    const el = await ready();
    expect(slices(el).filter((s) => s.getAttribute('tabindex') === '0')).to.have.length(1);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('view-toggle');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-type')).to.equal('classic');
    expect(tooltip(el).matches(':popover-open')).to.equal(true);
    expect(tooltip(el).innerText).to.contain('Classic').and.contain('820');

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-type')).to.equal('content');
    expect(tooltip(el).innerText).to.contain('Content').and.contain('410');

    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-type')).to.equal('engagement');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-type')).to.equal('classic');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-type')).to.equal('engagement');
    expect(
      slices(el)
        .filter((s) => s.getAttribute('tabindex') === '0')
        .map((s) => s.dataset.type),
    ).to.deep.equal(['engagement']);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip(el).matches(':popover-open')).to.equal(false);

    // Tab leaves the chart for the legend: the slices were a single stop.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('legend-item');
    before.remove();
  });

  it('shows a tooltip on hover that sits in the top layer, not clipped by the element', async () => {
    const el = await ready();
    el.style.overflow = 'hidden';
    const slice = slices(el)[1]!;
    const box = slice.getBoundingClientRect();
    slice.dispatchEvent(new PointerEvent('pointerenter', { clientX: box.left + 5, clientY: box.top + 5 }));
    await el.updateComplete;
    const tip = tooltip(el);
    expect(tip.matches(':popover-open')).to.equal(true);
    expect(tip.innerText).to.contain('Content');
    const tipBox = tip.getBoundingClientRect();
    expect(tipBox.width).to.be.greaterThan(0);
    expect(tipBox.left).to.be.at.least(0);
    expect(tipBox.right).to.be.at.most(window.innerWidth);
    slice.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(tip.matches(':popover-open')).to.equal(false);
  });

  it('legend buttons hide and show a type, with aria-pressed and an event', async () => {
    const el = await ready();
    const review = parts(el, 'legend-item')[2]!;
    expect(review.getAttribute('aria-pressed')).to.equal('true');
    const event = nextEvent(el, 'mission-type-toggle');
    review.click();
    const { detail } = await event;
    expect(detail).to.deep.equal({ type: 'review', hidden: true });
    await el.updateComplete;
    expect(review.getAttribute('aria-pressed')).to.equal('false');
    expect(slices(el).map((s) => s.dataset.type)).to.deep.equal(['classic', 'content', 'engagement']);
    expect(part(el, 'total')!.textContent).to.equal('1,460');
    expect(shadowText(el)).to.contain('Shown');
    review.click();
    await el.updateComplete;
    expect(slices(el)).to.have.length(4);
  });

  it('says so when every type is hidden', async () => {
    const el = await ready();
    for (const button of parts(el, 'legend-item')) button.click();
    await el.updateComplete;
    expect(slices(el)).to.have.length(0);
    expect(shadowText(el)).to.contain('Every type is hidden');
    await expect(el).to.be.accessible();
  });

  it('switches to a data table with the same figures', async () => {
    const el = await ready();
    part(el, 'view-toggle')!.click();
    await el.updateComplete;
    expect(part(el, 'chart')).to.equal(null);
    const rows = [...part(el, 'table')!.querySelectorAll('tbody tr')].map((r) =>
      [...r.children].map((c) => (c as HTMLElement).innerText.trim()),
    );
    expect(rows[0]).to.deep.equal(['Classic', '820', '44.6%', '800', 'up 2.5% vs previous period']);
    expect(rows[3]).to.deep.equal(['Engagement', '230', '12.5%', '0', 'new: none in the previous period']);
    expect(part(el, 'view-toggle')!.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('draws a single full ring when only one type has missions', async () => {
    const el = await ready(
      summaryFixture({ current: { byType: { classic: 0, content: 7, review: 0, engagement: 0 } } }),
    );
    expect(slices(el).map((s) => s.dataset.type)).to.deep.equal(['content']);
    expect(part(el, 'total')!.textContent).to.equal('7');
  });

  it('shows the empty state when no mission was validated', async () => {
    const el = await fixture<MissionTypeDonut>(
      html`<mission-type-donut lang="fr" .data=${emptySummaryFixture()}></mission-type-donut>`,
    );
    await settle(el, 'empty');
    expect(shadowText(el)).to.contain('Aucune mission validée sur cette période.');
  });

  it('labels types in French', async () => {
    const el = await ready(summaryFixture(), 'fr');
    const names = parts(el, 'legend-item').map((b) => b.querySelector('.name')!.textContent);
    expect(names).to.deep.equal(['Classique', 'Contenus', 'Avis', 'Engagement']);
    expect(part(el, 'total')!.textContent).to.match(/^1\s840$/);
  });
});
