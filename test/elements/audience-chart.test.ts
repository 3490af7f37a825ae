import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/mission-audience-chart/index.js';
import type { MissionAudienceChart } from '../../src/mission-audience-chart/mission-audience-chart.js';
import type { AudienceResponse } from '../../src/data/contract.js';
import { audienceFixture, emptyAudienceFixture } from '../fixtures/audience.js';
import { json, restoreFetch, stubFetch } from '../fixtures/fetch-stub.js';
import { nextEvent, part, parts, settle, shadowText } from './helpers.js';

const XSS = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;

async function ready(dimension = 'instagram', lang = 'en', data: AudienceResponse = audienceFixture()) {
  const el = await fixture<MissionAudienceChart>(
    html`<mission-audience-chart
      lang=${lang}
      dimension=${dimension}
      from="2026-11-01"
      to="2026-11-30"
      .data=${data}
    ></mission-audience-chart>`,
  );
  await settle(el, 'ready');
  return el;
}

const bars = (el: MissionAudienceChart) => parts(el, 'bar');
const xLabels = (el: MissionAudienceChart) =>
  [...el.shadowRoot!.querySelectorAll('.x-axis text')].map((t) => t.textContent.trim());
const num = (el: Element, name: string) => Number(el.getAttribute(name));
const tooltip = (el: MissionAudienceChart) => part(el, 'tooltip')!;
const live = (el: MissionAudienceChart) => el.shadowRoot!.querySelector('[aria-live]')!.textContent.trim();

describe('<mission-audience-chart>', () => {
  afterEach(restoreFetch);

  it('draws one bar per follower bracket, labelled compactly, and the unknown share apart', async () => {
    const requests = stubFetch();
    const el = await ready();
    expect(requests).to.have.length(0);
    expect(xLabels(el)).to.deep.equal(['0–1K', '1K–10K', '10K–100K', '100K–1M', '1M+', 'Unknown']);
    const rects = bars(el);
    expect(rects).to.have.length(6);
    expect(rects.map((r) => r.classList.contains('unknown'))).to.deep.equal([
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    // heights follow the shares: 210 and 160 of 612 on the same scale
    const [first, second] = rects;
    expect(num(first!, 'height') / num(second!, 'height')).to.be.closeTo(210 / 160, 1e-6);
    // the unknown bar sits past a separator, further from its neighbour than the brackets are from each other
    const separator = el.shadowRoot!.querySelector('.separator')!;
    const gap = (a: Element, b: Element) => num(b, 'x') - num(a, 'x') - num(a, 'width');
    expect(num(rects[5]!, 'x')).to.be.greaterThan(num(separator, 'x1'));
    expect(gap(rects[4]!, rects[5]!)).to.be.greaterThan(gap(rects[0]!, rects[1]!) + 20);
    // y axis: nice percent ticks, up to 40% above the largest share (34.3%)
    const yLabels = [...el.shadowRoot!.querySelectorAll('.y-axis text')].map((t) => t.textContent.trim());
    expect(yLabels[0]).to.equal('0%');
    expect(yLabels.at(-1)).to.equal('35%');
    expect(part(el, 'unknown-note')!.textContent.trim()).to.equal(
      '27.3% unknown: 167 engaged customers without this data.',
    );
    expect(part(el, 'plot')!.getAttribute('aria-label')).to.equal(
      'Engaged customers by Instagram followers, Nov 1, 2026 – Nov 30, 2026: 612 engaged customers. 0–1K 34.3%, 1K–10K 26.1%, 10K–100K 9.8%, 100K–1M 2%, 1M+ 0.5%, Unknown 27.3%.',
    );
    expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('labels age brackets in whole years and follows the dimension attribute', async () => {
    const el = await ready('age');
    expect(xLabels(el)).to.deep.equal(['18–24', '25–34', '35–44', '45–54', '55–64', '65+', 'Unknown']);
    expect(part(el, 'unknown-note')!.textContent.trim()).to.equal(
      '6.9% unknown: 42 engaged customers without this data.',
    );
    el.dimension = 'tiktok';
    await el.updateComplete;
    await settle(el, 'ready');
    expect(xLabels(el)).to.have.length(6);
    expect(part(el, 'unknown-note')!.textContent.trim()).to.equal(
      '54.9% unknown: 336 engaged customers without this data.',
    );
  });

  it('three charts, one per dimension, make one request to {endpoint}/audience', async () => {
    const requests = stubFetch();
    const page = await fixture<HTMLElement>(
      html`<div>
        <mission-audience-chart
          lang="en"
          endpoint="/api"
          from="2026-11-01"
          to="2026-11-30"
          dimension="instagram"
        ></mission-audience-chart>
        <mission-audience-chart
          lang="en"
          endpoint="/api"
          from="2026-11-01"
          to="2026-11-30"
          dimension="tiktok"
        ></mission-audience-chart>
        <mission-audience-chart
          lang="en"
          endpoint="/api"
          from="2026-11-01"
          to="2026-11-30"
          dimension="age"
        ></mission-audience-chart>
      </div>`,
    );
    const charts = [...page.querySelectorAll('mission-audience-chart')];
    expect(charts.map((c) => c.state)).to.deep.equal(['loading', 'loading', 'loading']);
    await expect(charts[0]!).to.be.accessible();
    expect(requests).to.have.length(1);
    const { url } = requests[0]!;
    expect(url.pathname).to.equal('/api/audience');
    expect([...url.searchParams.entries()]).to.deep.equal([
      ['from', '2026-11-01'],
      ['to', '2026-11-30'],
    ]);
    requests[0]!.respond(json(audienceFixture()));
    for (const chart of charts) await settle(chart, 'ready');
    expect(charts.map((c) => bars(c).length)).to.deep.equal([6, 6, 7]);
  });

  it('is one tab stop; arrows, Home and End move across brackets with tooltip and announcement; Escape hides', async () => {
    const before = document.createElement('button');
    document.body.prepend(before);
    const el = await ready();
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('view-toggle');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('plot');
    expect(tooltip(el).matches(':popover-open')).to.equal(true);
    expect(tooltip(el).innerText).to.contain('0–1K').and.contain('210').and.contain('34.3%');
    expect(live(el)).to.equal('0–1K: 210 customers, 34.3% of engaged customers');

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(live(el)).to.equal('1K–10K: 160 customers, 26.1% of engaged customers');
    expect(bars(el)[1]!.classList.contains('active')).to.equal(true);

    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(live(el)).to.equal('Unknown: 167 customers, 27.3% of engaged customers');
    expect(tooltip(el).innerText).to.contain('Unknown');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(live(el)).to.contain('Unknown'); // stays on the last
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(live(el)).to.contain('0–1K');

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip(el).matches(':popover-open')).to.equal(false);
    expect(live(el)).to.equal('');

    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(null); // left the chart: the bars were no tab stops
    before.remove();
  });

  it('shows a tooltip on hover, in the top layer', async () => {
    const el = await ready();
    const bar = bars(el)[2]!;
    const box = bar.getBoundingClientRect();
    bar.dispatchEvent(new PointerEvent('pointerenter', { clientX: box.left + 2, clientY: box.top + 2 }));
    await el.updateComplete;
    expect(tooltip(el).matches(':popover-open')).to.equal(true);
    expect(tooltip(el).innerText).to.contain('10K–100K').and.contain('60').and.contain('9.8%');
    expect(live(el)).to.equal(''); // the pointer's tooltip is not announced
    bar.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(tooltip(el).matches(':popover-open')).to.equal(false);
  });

  it('switches to a data table with the same figures', async () => {
    const el = await ready('age');
    part(el, 'view-toggle')!.click();
    await el.updateComplete;
    expect(part(el, 'chart')).to.equal(null);
    expect(part(el, 'view-toggle')!.getAttribute('aria-pressed')).to.equal('true');
    const table = part(el, 'table')!;
    expect([...table.querySelectorAll('th[scope=col]')].map((th) => th.textContent.trim())).to.deep.equal([
      'Age',
      'Engaged customers',
      'Share of engaged customers',
    ]);
    const rows = [...table.querySelectorAll('tbody tr, tfoot tr')].map((r) =>
      [...r.children].map((c) => c.textContent.trim()),
    );
    expect(rows[0]).to.deep.equal(['18–24', '95', '15.5%']);
    expect(rows[6]).to.deep.equal(['Unknown', '42', '6.9%']);
    expect(rows[7]).to.deep.equal(['Total', '612', '100%']);
    await expect(el).to.be.accessible();
  });

  it('redraws for its width', async () => {
    const el = await ready();
    el.style.width = '600px';
    await waitUntil(() => part(el, 'chart')!.getAttribute('width') === '600', 'drawn at 600 px');
    const wide = num(bars(el)[0]!, 'width');
    el.style.width = '320px';
    await waitUntil(() => part(el, 'chart')!.getAttribute('width') === '320', 'drawn at 320 px');
    expect(num(bars(el)[0]!, 'width')).to.be.lessThan(wide);
  });

  it('an unknown dimension is a clear error, not a fallback, and asks nothing', async () => {
    const requests = stubFetch();
    const event = nextEvent(document.body, 'data-error');
    const el = await fixture<MissionAudienceChart>(
      html`<mission-audience-chart lang="en" endpoint="/api" dimension="facebook"></mission-audience-chart>`,
    );
    expect((await event).detail).to.include({ resource: 'audience', kind: 'config' });
    await settle(el, 'error');
    expect(part(el, 'error-message')!.textContent).to.equal(
      'audience: dimension must be one of instagram, tiktok, age, got "facebook"',
    );
    expect(part(el, 'retry-button')).to.equal(null);
    expect(requests).to.have.length(0);
    await expect(el).to.be.accessible();

    const data = await fixture<MissionAudienceChart>(
      html`<mission-audience-chart
        lang="en"
        dimension=${XSS}
        .data=${audienceFixture()}
      ></mission-audience-chart>`,
    );
    await settle(data, 'error');
    expect(part(data, 'error-message')!.textContent).to.contain(`got "${XSS}"`);
    expect(data.shadowRoot!.querySelector('img, script')).to.equal(null);
  });

  it('shows the problem+json detail of an HTTP 500, fires data-error, and retries', async () => {
    let fail = true;
    const requests = stubFetch(() =>
      fail
        ? json({ title: 'Oops', status: 500, detail: XSS }, 500, 'application/problem+json')
        : json(audienceFixture()),
    );
    const event = nextEvent(document.body, 'data-error');
    const el = await fixture<MissionAudienceChart>(
      html`<mission-audience-chart lang="en" endpoint="/api" dimension="age"></mission-audience-chart>`,
    );
    expect((await event).detail).to.include({ status: 500, resource: 'audience', kind: 'http' });
    await settle(el, 'error');
    expect(part(el, 'error-message')!.textContent).to.equal(`audience: ${XSS} (HTTP 500)`);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    await expect(el).to.be.accessible();
    fail = false;
    part(el, 'retry-button')!.click();
    await settle(el, 'ready');
    expect(requests).to.have.length(2);
  });

  it('an invalid payload gives an error naming the field', async () => {
    const bad = audienceFixture() as unknown as { tiktok: { buckets: Record<string, unknown>[] } };
    bad.tiktok.buckets[1]!.customers = 2.5;
    stubFetch(() => json(bad));
    const event = nextEvent(document.body, 'data-error');
    const el = await fixture<MissionAudienceChart>(
      html`<mission-audience-chart lang="en" endpoint="/api"></mission-audience-chart>`,
    );
    expect((await event).detail).to.include({ resource: 'audience', kind: 'invalid' });
    await settle(el, 'error');
    expect(part(el, 'error-message')!.textContent).to.equal(
      'audience: tiktok.buckets[1].customers must be a non-negative integer, got 2.5',
    );
  });

  it('shows the empty state with no engaged customer, and the idle state without a source', async () => {
    const el = await fixture<MissionAudienceChart>(
      html`<mission-audience-chart lang="en" .data=${emptyAudienceFixture()}></mission-audience-chart>`,
    );
    await settle(el, 'empty');
    expect(shadowText(el)).to.equal('No mission was validated in this period.');
    await expect(el).to.be.accessible();
    const idle = await fixture<MissionAudienceChart>(
      html`<mission-audience-chart lang="en"></mission-audience-chart>`,
    );
    await settle(idle, 'idle');
    expect(shadowText(idle)).to.contain('set the endpoint attribute or the data property');
  });

  it('speaks French with French number formats', async () => {
    const el = await ready('instagram', 'fr');
    expect(xLabels(el).map((l) => l.replace(/\s/g, ' '))).to.deep.equal([
      '0–1 k',
      '1 k–10 k',
      '10 k–100 k',
      '100 k–1 M',
      '1 M+',
      'Inconnu',
    ]);
    expect(part(el, 'unknown-note')!.textContent.trim()).to.match(
      /^27,3\s%\sinconnus : 167 clients engagés sans cette donnée\.$/,
    );
    expect(part(el, 'view-toggle')!.textContent.trim()).to.equal('Tableau de données');
    expect(part(el, 'plot')!.getAttribute('aria-label')).to.match(
      /^Clients engagés par nombre d’abonnés Instagram, du 1 nov\. 2026 au 30 nov\. 2026 : 612 clients engagés\./,
    );
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme, chart and table', async () => {
    const el = await fixture<MissionAudienceChart>(
      html`<mission-audience-chart
        lang="en"
        theme="dark"
        .data=${audienceFixture()}
      ></mission-audience-chart>`,
    );
    await settle(el, 'ready');
    await expect(el).to.be.accessible();
    el.view = 'table';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
