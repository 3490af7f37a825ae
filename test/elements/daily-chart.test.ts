import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ref } from 'lit/directives/ref.js';
import '../../src/mission-daily-chart/index.js';
import type { MissionDailyChart } from '../../src/mission-daily-chart/mission-daily-chart.js';
import type { DailyResponse } from '../../src/data/contract.js';
import { dailyFixture, emptyDailyFixture, seededDaily } from '../fixtures/daily.js';
import { json, restoreFetch, stubFetch } from '../fixtures/fetch-stub.js';
import { nextEvent, part, parts, settle, shadowText } from './helpers.js';

/** Sets the element's width through CSSOM before its first update (no style attribute). */
const sized = (width: number) =>
  ref((element) => {
    if (element instanceof HTMLElement) element.style.width = `${width}px`;
  });

const XSS = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;

/** A chart 640 px wide, from `data`. */
async function ready(
  data: DailyResponse = dailyFixture(),
  attrs: { lang?: string; resolution?: string } = {},
) {
  const el = await fixture<MissionDailyChart>(
    html`<mission-daily-chart
      lang=${attrs.lang ?? 'en'}
      resolution=${attrs.resolution ?? 'auto'}
      ${sized(640)}
    ></mission-daily-chart>`,
  );
  el.data = data;
  await settle(el, 'ready');
  return el;
}

/** Rectangles drawn in a type's single path. */
const rectCount = (el: MissionDailyChart, type: string) =>
  (el.shadowRoot!.querySelector(`[part~="bars"][data-type="${type}"]`)!.getAttribute('d')!.match(/M/g) ?? [])
    .length;
const tooltip = (el: MissionDailyChart) => part(el, 'tooltip')!;
const tipText = (el: MissionDailyChart) => tooltip(el).innerText.replace(/\s+/g, ' ').trim();
const live = (el: MissionDailyChart) => el.shadowRoot!.querySelector('[aria-live]')!.textContent.trim();
const tableRows = (el: MissionDailyChart, section = 'tbody') =>
  [...part(el, 'table')!.querySelectorAll(`${section} tr`)].map((r) =>
    [...r.children].map((c) => (c as HTMLElement).innerText.trim()),
  );

describe('<mission-daily-chart>', () => {
  afterEach(restoreFetch);

  it('draws one path per type in type order, each holding every day of that type', async () => {
    const requests = stubFetch();
    const el = await ready();
    expect(requests).to.have.length(0);
    expect(parts(el, 'bars').map((p) => p.dataset.type)).to.deep.equal([
      'classic',
      'content',
      'review',
      'engagement',
    ]);
    // classic on Nov 1, 2, 3, 5, 7; review not on Nov 1; engagement on Nov 1, 5, 7
    expect(['classic', 'content', 'review', 'engagement'].map((t) => rectCount(el, t))).to.deep.equal([
      5, 5, 4, 3,
    ]);
    const legend = parts(el, 'legend-item').map((b) => b.innerText.replace(/\s+/g, ' ').trim());
    expect(legend).to.deep.equal(['Classic 19', 'Content 9', 'Review 8', 'Engagement 6']);
    await expect(el).to.be.accessible();
  });

  it('the plot is one tab stop with a text alternative', async () => {
    const el = await ready();
    const plot = part(el, 'plot')!;
    expect(plot.getAttribute('tabindex')).to.equal('0');
    expect(plot.getAttribute('aria-label')).to.equal(
      'Validated missions per day, Nov 1, 2026 – Nov 7, 2026: 42 in total, highest: 15 (Nov 5, 2026). Arrow keys move from bar to bar.',
    );
    expect(part(el, 'chart')!.getAttribute('aria-hidden')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('[tabindex]')).to.have.length(1);
  });

  it('draws the axes: nice y ticks and thinned date labels', async () => {
    const el = await ready();
    const [yAxis, xAxis] = parts(el, 'axis');
    // highest day 15, 206 px of plot → 5 ticks wanted: d3 steps by 5 and rounds the top up to 20
    expect([...yAxis!.querySelectorAll('text')].map((t) => t.textContent)).to.deep.equal([
      '0',
      '5',
      '10',
      '15',
      '20',
    ]);
    // 7 days across ~590 px: every day has room for its label
    expect([...xAxis!.querySelectorAll('text')].map((t) => t.textContent)).to.deep.equal([
      'Nov 1',
      'Nov 2',
      'Nov 3',
      'Nov 4',
      'Nov 5',
      'Nov 6',
      'Nov 7',
    ]);
  });

  it('keyboard: focus shows the last day, arrows, Home, End and PageUp move, a live region reads, Escape hides', async () => {
    const el = await ready();
    part(el, 'view-toggle')!.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'plot'));
    expect(tooltip(el).matches(':popover-open')).to.equal(true);
    expect(tipText(el)).to.equal('Nov 7, 2026 Classic 4 Content 1 Review 1 Engagement 2 Total 8');
    expect(live(el)).to.equal('Nov 7, 2026: Classic 4, Content 1, Review 1, Engagement 2; total 8.');

    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    // Nov 4 is missing from the answer: it is a bar of zeros, not skipped
    expect(tipText(el)).to.equal('Nov 4, 2026 Classic 0 Content 0 Review 0 Engagement 0 Total 0');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(tipText(el)).to.contain('Nov 1, 2026').and.contain('Total 6');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(tipText(el)).to.contain('Nov 1, 2026');
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(tipText(el)).to.contain('Nov 7, 2026');
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(tipText(el)).to.contain('Nov 1, 2026');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(live(el)).to.contain('Nov 7, 2026');
    const highlight = part(el, 'highlight')!;
    const step = Number(part(el, 'chart')!.querySelector('.overlay')!.getAttribute('width')) / 7;
    expect(Number(highlight.getAttribute('width'))).to.be.closeTo(step, 1e-9);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip(el).matches(':popover-open')).to.equal(false);
    expect(part(el, 'highlight')).to.equal(null);
    expect(live(el)).to.equal('');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('legend-item');
    await expect(el).to.be.accessible();
  });

  it('switching to the table while the plot has focus hides the tooltip for good, without an update inside an update', async () => {
    const el = await ready();
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      warn.apply(console, args);
    };
    try {
      part(el, 'view-toggle')!.focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(tooltip(el).matches(':popover-open')).to.equal(true);
      el.view = 'table';
      await el.updateComplete;
      await el.updateComplete;
      expect(part(el, 'table')).to.not.equal(null);
      el.view = 'chart';
      await el.updateComplete;
      expect(tooltip(el).matches(':popover-open')).to.equal(false);
      expect(live(el)).to.equal('');
      expect(warnings.filter((w) => w.includes('change-in-update'))).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });

  it('hover: the bar under the pointer is found by x and its tooltip shows', async () => {
    const el = await ready();
    const overlay = part(el, 'chart')!.querySelector('.overlay')!;
    const box = overlay.getBoundingClientRect();
    const at = (i: number) => ({ clientX: box.left + ((i + 0.5) * box.width) / 7, clientY: box.top + 20 });
    overlay.dispatchEvent(new PointerEvent('pointermove', at(4)));
    await el.updateComplete;
    expect(tooltip(el).matches(':popover-open')).to.equal(true);
    expect(tipText(el)).to.equal('Nov 5, 2026 Classic 6 Content 4 Review 3 Engagement 2 Total 15');
    // the pointer's tooltip is not announced
    expect(live(el)).to.equal('');
    const tipBox = tooltip(el).getBoundingClientRect();
    expect(tipBox.left).to.be.at.least(0);
    expect(tipBox.right).to.be.at.most(window.innerWidth);
    overlay.dispatchEvent(new PointerEvent('pointermove', at(1)));
    await el.updateComplete;
    expect(tipText(el)).to.contain('Nov 2, 2026');
    overlay.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(tooltip(el).matches(':popover-open')).to.equal(false);
  });

  it('legend buttons hide and show a type, with aria-pressed and an event; the tooltip says "Shown"', async () => {
    const el = await ready();
    const review = parts(el, 'legend-item')[2]!;
    const event = nextEvent(el, 'mission-type-toggle');
    review.click();
    expect((await event).detail).to.deep.equal({ type: 'review', hidden: true });
    await el.updateComplete;
    expect(review.getAttribute('aria-pressed')).to.equal('false');
    expect(parts(el, 'bars').map((p) => p.dataset.type)).to.deep.equal(['classic', 'content', 'engagement']);
    part(el, 'plot')!.focus();
    await el.updateComplete;
    expect(tipText(el)).to.equal('Nov 7, 2026 Classic 4 Content 1 Engagement 2 Shown 7');
    for (const button of parts(el, 'legend-item')) button.click();
    await el.updateComplete;
    // review shown again, the three others hidden
    expect(parts(el, 'bars').map((p) => p.dataset.type)).to.deep.equal(['review']);
    parts(el, 'legend-item')[2]!.click();
    await el.updateComplete;
    expect(parts(el, 'bars')).to.have.length(0);
    expect(shadowText(el)).to.contain('Every type is hidden');
    expect(part(el, 'plot')!.getAttribute('aria-label')).to.contain('every type is hidden');
    await expect(el).to.be.accessible();
  });

  it('the data table lists every day, the missing one as zeros, with totals', async () => {
    const el = await ready();
    part(el, 'view-toggle')!.click();
    await el.updateComplete;
    expect(part(el, 'chart')).to.equal(null);
    expect(part(el, 'view-toggle')!.getAttribute('aria-pressed')).to.equal('true');
    expect(part(el, 'table')!.querySelector('caption')!.textContent.trim()).to.equal(
      'Validated missions per day, Nov 1, 2026 – Nov 7, 2026',
    );
    const rows = tableRows(el);
    expect(rows).to.have.length(7);
    expect(rows[0]).to.deep.equal(['Nov 1, 2026', '3', '1', '0', '2', '6']);
    expect(rows[3]).to.deep.equal(['Nov 4, 2026', '0', '0', '0', '0', '0']);
    expect(tableRows(el, 'tfoot')[0]).to.deep.equal(['Total', '19', '9', '8', '6', '42']);
    await expect(el).to.be.accessible();
  });

  it('resolution="week": ISO weeks from Monday, the partial ones labelled by their days in the period', async () => {
    const data: DailyResponse = {
      from: '2026-11-01',
      to: '2026-11-30',
      days: [
        { date: '2026-11-01', byType: { classic: 1, content: 0, review: 0, engagement: 0 } },
        { date: '2026-11-02', byType: { classic: 2, content: 0, review: 0, engagement: 0 } },
        { date: '2026-11-08', byType: { classic: 4, content: 0, review: 0, engagement: 1 } },
        { date: '2026-11-30', byType: { classic: 0, content: 3, review: 0, engagement: 0 } },
      ],
    };
    const el = await ready(data, { resolution: 'week' });
    el.view = 'table';
    await el.updateComplete;
    const rows = tableRows(el);
    expect(rows.map((r) => r[0])).to.deep.equal([
      'Nov 1, 2026',
      'Nov 2, 2026 – Nov 8, 2026',
      'Nov 9, 2026 – Nov 15, 2026',
      'Nov 16, 2026 – Nov 22, 2026',
      'Nov 23, 2026 – Nov 29, 2026',
      'Nov 30, 2026',
    ]);
    expect(rows[1]).to.deep.equal(['Nov 2, 2026 – Nov 8, 2026', '6', '0', '0', '1', '7']);
    expect(part(el, 'table')!.querySelector('thead th')!.textContent).to.equal('Week');
    el.resolution = 'month';
    await el.updateComplete;
    expect(tableRows(el)).to.deep.equal([['Nov 1, 2026 – Nov 30, 2026', '7', '3', '0', '1', '11']]);
  });

  it('auto: days up to 92, weeks beyond, months beyond two years; the DOM does not grow with days', async () => {
    const nodes: number[] = [];
    for (const [days, unit, bars] of [
      [90, 'day', 90],
      [200, 'week', 30],
      [1095, 'month', 36],
    ] as const) {
      const el = await ready(seededDaily(days, 7));
      expect(part(el, 'plot')!.getAttribute('aria-label')).to.match(
        new RegExp(`^Validated missions per ${unit}, `),
      );
      el.view = 'table';
      await el.updateComplete;
      expect(tableRows(el)).to.have.length(bars);
      el.view = 'chart';
      await el.updateComplete;
      nodes.push(el.shadowRoot!.querySelectorAll('*').length);
    }
    const daily = await ready(seededDaily(1095, 7), { resolution: 'day' });
    expect(rectCount(daily, 'classic')).to.be.greaterThan(1000);
    nodes.push(daily.shadowRoot!.querySelectorAll('*').length);
    // Four paths, a grid, a few labels and the legend: the same few dozen nodes for 90 or 1,095 bars.
    for (const n of nodes) expect(n).to.be.below(90);
    expect(Math.max(...nodes) - Math.min(...nodes)).to.be.below(15);
  });

  it('redraws for the new width when resized', async () => {
    const el = await ready();
    expect(part(el, 'chart')!.getAttribute('width')).to.equal('640');
    el.style.width = '420px';
    await waitUntil(
      () => part(el, 'chart')!.getAttribute('width') === '420',
      'svg width follows the element',
    );
  });

  it('an unknown resolution is an error naming it, fired as data-error, with nothing fetched', async () => {
    const requests = stubFetch();
    const errorEvent = nextEvent(document.body, 'data-error');
    const el = await fixture<MissionDailyChart>(
      html`<mission-daily-chart lang="en" endpoint="/api" resolution="year"></mission-daily-chart>`,
    );
    const { detail } = await errorEvent;
    expect(detail).to.include({ kind: 'config', resource: 'daily' });
    await settle(el, 'error');
    expect(part(el, 'error-message')!.textContent).to.equal(
      'daily: resolution must be one of day, week, month, auto, got "year"',
    );
    expect(requests).to.have.length(0);
    await expect(el).to.be.accessible();
    el.resolution = 'week';
    await waitUntil(() => requests.length === 1);
    requests[0]!.respond(json(dailyFixture()));
    await settle(el, 'ready');
  });

  it('fetches {endpoint}/daily with the period, shows loading, then the bars', async () => {
    const requests = stubFetch();
    const el = await fixture<MissionDailyChart>(
      html`<mission-daily-chart
        lang="en"
        endpoint="https://api.example.test/v1"
        from="2026-11-01"
        to="2026-11-07"
      ></mission-daily-chart>`,
    );
    expect(el.state).to.equal('loading');
    expect(part(el, 'status')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    expect(requests).to.have.length(1);
    const { url } = requests[0]!;
    expect(url.origin + url.pathname).to.equal('https://api.example.test/v1/daily');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({ from: '2026-11-01', to: '2026-11-07' });
    requests[0]!.respond(json(dailyFixture()));
    await settle(el, 'ready');
    expect(rectCount(el, 'classic')).to.equal(5);
  });

  it('keeps the bars shown, marked busy, while a newer period is loading', async () => {
    const requests = stubFetch();
    const el = await fixture<MissionDailyChart>(
      html`<mission-daily-chart
        lang="en"
        endpoint="/api"
        from="2026-11-01"
        to="2026-11-07"
      ></mission-daily-chart>`,
    );
    requests[0]!.respond(json(dailyFixture()));
    await settle(el, 'ready');
    el.to = '2026-11-08';
    await waitUntil(() => requests.length === 2);
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(rectCount(el, 'classic')).to.equal(5);
    expect(requests[1]!.url.searchParams.get('to')).to.equal('2026-11-08');
    const next = dailyFixture();
    next.to = '2026-11-08';
    next.days.push({ date: '2026-11-08', byType: { classic: 2, content: 0, review: 0, engagement: 0 } });
    requests[1]!.respond(json(next));
    await settle(el, 'ready');
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    expect(rectCount(el, 'classic')).to.equal(6);
  });

  it('leaves out days outside the answer’s period, with a console warning', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const data = dailyFixture();
      data.days.push({ date: '2026-11-08', byType: { classic: 100, content: 0, review: 0, engagement: 0 } });
      const el = await ready(data);
      expect(parts(el, 'legend-item')[0]!.innerText).to.contain('19');
      expect(warnings).to.deep.equal([
        '<mission-daily-chart>: 1 day(s) outside 2026-11-01..2026-11-07 ignored: 2026-11-08',
      ]);
    } finally {
      console.warn = warn;
    }
  });

  it('shows the empty state when no mission was validated, in French', async () => {
    const el = await fixture<MissionDailyChart>(
      html`<mission-daily-chart lang="fr" .data=${emptyDailyFixture()}></mission-daily-chart>`,
    );
    await settle(el, 'empty');
    expect(shadowText(el)).to.equal('Aucune mission validée sur cette période.');
    await expect(el).to.be.accessible();
  });

  it('shows the idle state with neither endpoint nor data', async () => {
    const el = await fixture<MissionDailyChart>(html`<mission-daily-chart lang="en"></mission-daily-chart>`);
    await settle(el, 'idle');
    expect(shadowText(el)).to.contain('set the endpoint attribute or the data property');
    await expect(el).to.be.accessible();
  });

  it('shows a problem+json detail as text, fires data-error, and retries', async () => {
    let fail = true;
    const requests = stubFetch(() =>
      fail
        ? json({ title: 'Oops', status: 500, detail: XSS }, 500, 'application/problem+json')
        : json(dailyFixture()),
    );
    const errorEvent = nextEvent(document.body, 'data-error');
    const el = await fixture<MissionDailyChart>(
      html`<mission-daily-chart
        lang="en"
        endpoint="/api"
        from="2026-11-01"
        to="2026-11-07"
      ></mission-daily-chart>`,
    );
    expect((await errorEvent).detail).to.include({ status: 500, resource: 'daily', kind: 'http' });
    await settle(el, 'error');
    expect(part(el, 'error-message')!.textContent).to.equal(`daily: ${XSS} (HTTP 500)`);
    expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
    await expect(el).to.be.accessible();
    fail = false;
    part(el, 'retry-button')!.click();
    await settle(el, 'ready');
    expect(requests).to.have.length(2);
  });

  it('an invalid payload is an error naming the field, fired as data-error', async () => {
    const bad = dailyFixture() as unknown as { days: { date: string; byType: Record<string, unknown> }[] };
    bad.days[1]!.byType.review = XSS;
    bad.days[2]!.date = XSS;
    stubFetch(() => json(bad));
    const errorEvent = nextEvent(document.body, 'data-error');
    const el = await fixture<MissionDailyChart>(
      html`<mission-daily-chart lang="en" endpoint="/api"></mission-daily-chart>`,
    );
    const { detail } = await errorEvent;
    expect(detail).to.include({ kind: 'invalid', resource: 'daily' });
    await settle(el, 'error');
    const message = part(el, 'error-message')!.textContent;
    expect(message).to.contain('days[1].byType.review').and.contain('must be a non-negative integer');
    expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
  });

  it('speaks French: labels, dates, numbers', async () => {
    const el = await ready(seededDaily(30, 3), { lang: 'fr' });
    expect(part(el, 'plot')!.getAttribute('aria-label')).to.match(
      /^Missions validées par jour, du 1 nov\. 2026 au 30 nov\. 2026 : \d[\d\s\u202f]* au total, maximum : /,
    );
    expect(parts(el, 'legend-item').map((b) => b.querySelector('.name')!.textContent)).to.deep.equal([
      'Classique',
      'Contenus',
      'Avis',
      'Engagement',
    ]);
    part(el, 'plot')!.focus();
    await el.updateComplete;
    expect(live(el)).to.match(
      /^30 nov\. 2026 : Classique \d+, Contenus \d+, Avis \d+, Engagement \d+ ; total \d+\.$/,
    );
    el.view = 'table';
    await el.updateComplete;
    expect(part(el, 'table')!.querySelector('thead th')!.textContent).to.equal('Jour');
  });

  it('is accessible in the dark theme, chart and table', async () => {
    const el = await ready();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.view = 'table';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
