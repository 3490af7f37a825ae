import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/mission-insights/index.js';
import '../../src/mission-kpis/index.js';
import '../../src/mission-impact-table/index.js';
import type { InsightsData, MissionInsights } from '../../src/mission-insights/mission-insights.js';
import { impactFixture } from '../fixtures/impact.js';
import { summaryFixture } from '../fixtures/summary.js';
import { json, restoreFetch, stubFetch } from '../fixtures/fetch-stub.js';
import { nextEvent, part, parts, settle, shadowText } from './helpers.js';

const XSS = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;

async function ready(
  data: InsightsData = { impact: impactFixture(), summary: summaryFixture() },
  lang = 'en',
) {
  const el = await fixture<MissionInsights>(
    html`<mission-insights lang=${lang} .data=${data}></mission-insights>`,
  );
  await settle(el, 'ready');
  return el;
}

const cards = (el: MissionInsights) =>
  parts(el, 'insight').map((card) => ({
    id: card.dataset.insight,
    kind: card.dataset.kind,
    figure: card.querySelector('[part=figure]')!.textContent.trim(),
    label: card.querySelector('[part=kind]')!.textContent.trim(),
    message: card.querySelector('[part=message]')!.textContent.trim(),
  }));

/** Answers `impact` and `summary` from the fixtures, or fails those listed in `failing`. */
function api(failing: Set<string>) {
  return stubFetch((url) => {
    const resource = url.pathname.split('/').pop()!;
    if (failing.has(resource)) {
      return json(
        { title: 'Down', status: 503, detail: `${resource} is down` },
        503,
        'application/problem+json',
      );
    }
    return json(resource === 'impact' ? impactFixture() : summaryFixture());
  });
}

describe('<mission-insights>', () => {
  afterEach(restoreFetch);

  it('lists the advice the fixture supports, each with its figure, from `data` without fetching', async () => {
    const requests = stubFetch();
    const el = await ready();
    expect(requests).to.have.length(0);
    const list = part(el, 'insights')!;
    expect(list.tagName).to.equal('UL');
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal(
      'Advice from your figures, Nov 1, 2026 – Nov 30, 2026',
    );
    expect(cards(el)).to.deep.equal([
      {
        id: 'oneMissionShare',
        kind: 'opportunity',
        figure: '62%',
        label: 'Opportunity',
        message:
          '62% of engaged customers did only one mission (380 customers): make the next one easy to start, such as a simple classic mission.',
      },
      {
        id: 'revenueMultiple',
        kind: 'strength',
        // (7,920 + 5,040 + 5,005) / 112 = 160.40 per customer vs 54: 2.97×
        figure: '3×',
        label: 'Strength',
        message:
          'Customers with 3+ missions bring 3× the revenue of one-mission customers: suggest a next mission to bring the others back.',
      },
      {
        id: 'baselineGap',
        kind: 'strength',
        // 49,285 / 612 = 80.53 per engaged customer vs 32 without a mission
        figure: '2.5×',
        label: 'Strength',
        message:
          'Engaged customers bring 2.5× the revenue per customer of customers without a mission: invite the others to a first mission.',
      },
    ]);
    expect(el.insights.map((i) => i.id)).to.deep.equal(['oneMissionShare', 'revenueMultiple', 'baselineGap']);
    expect(shadowText(el)).not.to.match(/NaN|Infinity/);
    await expect(el).to.be.accessible();
  });

  it('advises more missions and warns of low participation when the summary says so', async () => {
    const el = await ready({
      impact: impactFixture(),
      summary: summaryFixture({ current: { activeMissions: 5, customers: 10000, engagedCustomers: 612 } }),
    });
    expect(cards(el).map((c) => [c.id, c.figure])).to.deep.equal([
      ['lowParticipation', '6.1%'],
      ['oneMissionShare', '62%'],
      ['fewActiveMissions', '5'],
      ['revenueMultiple', '3×'],
      ['baselineGap', '2.5×'],
    ]);
    expect(cards(el)[2]!.message).to.equal(
      'Only 5 missions are active: offer 8 to 10 missions and renew them regularly.',
    );
    expect(cards(el)[0]!.label).to.equal('Watch out');
  });

  it('speaks French', async () => {
    const el = await ready(undefined, 'fr');
    const [one, multiple, baseline] = cards(el);
    expect(one!.figure).to.match(/^62\s%$/);
    expect(one!.label).to.equal('Piste');
    expect(one!.message).to.match(
      /^62\s%\sdes clients engagés n’ont fait qu’une seule mission \(380 clients\)/,
    );
    expect(multiple!.message).to.match(/^Les clients ayant fait 3 missions ou plus rapportent 3\s×/);
    expect(baseline!.figure).to.match(/^2,5\s×$/);
    expect(part(el, 'base')!.getAttribute('aria-label')).to.match(
      /^Conseils tirés de vos chiffres, du 1 nov/,
    );
    await expect(el).to.be.accessible();
  });

  it('shows a friendly empty state when no advice applies', async () => {
    const quiet: InsightsData = {
      impact: impactFixture({
        rows: [
          { k: 0, customers: 10, orders: 1, revenue: 10 },
          { k: 1, customers: 5, orders: 1, revenue: 10 },
          { k: 2, customers: 20, orders: 1, revenue: 10 },
        ],
      }),
      summary: summaryFixture({ current: { customers: 1000, engagedCustomers: 200, activeMissions: 9 } }),
    };
    const el = await fixture<MissionInsights>(
      html`<mission-insights lang="en" .data=${quiet}></mission-insights>`,
    );
    await settle(el, 'empty');
    expect(parts(el, 'insight')).to.have.length(0);
    expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
    expect(shadowText(el)).to.equal(
      'No advice for now Nothing to point out for this period: advice appears once enough customers take part (at least 30 in each group compared).',
    );
    await expect(el).to.be.accessible();
  });

  it('fetches impact and summary once each, with the period, shared with the other widgets', async () => {
    const requests = stubFetch();
    const el = await fixture<HTMLElement>(
      html`<div>
        <mission-kpis lang="en" endpoint="/api" from="2026-11-01" to="2026-11-30"></mission-kpis>
        <mission-insights lang="en" endpoint="/api" from="2026-11-01" to="2026-11-30"></mission-insights>
        <mission-impact-table
          lang="en"
          endpoint="/api"
          from="2026-11-01"
          to="2026-11-30"
        ></mission-impact-table>
      </div>`,
    );
    const insights = el.querySelector('mission-insights')!;
    expect(insights.state).to.equal('loading');
    await expect(insights).to.be.accessible();
    expect(requests.map((r) => r.url.pathname).sort()).to.deep.equal(['/api/impact', '/api/summary']);
    for (const { url } of requests) {
      expect(url.searchParams.get('from')).to.equal('2026-11-01');
      expect(url.searchParams.get('to')).to.equal('2026-11-30');
    }
    const summary = requests.find((r) => r.url.pathname === '/api/summary')!;
    summary.respond(json(summaryFixture()));
    await settle(el.querySelector('mission-kpis')!, 'ready');
    expect(insights.state).to.equal('loading'); // still waiting for impact
    requests.find((r) => r.url.pathname === '/api/impact')!.respond(json(impactFixture()));
    await settle(insights, 'ready');
    expect(parts(insights, 'insight')).to.have.length(3);
  });

  it('names the resource that failed, and Retry asks again only for it', async () => {
    const failing = new Set(['impact']);
    const requests = api(failing);
    const event = nextEvent(document.body, 'data-error');
    const el = await fixture<MissionInsights>(
      html`<mission-insights lang="en" endpoint="/api"></mission-insights>`,
    );
    expect((await event).detail).to.include({ resource: 'impact', status: 503, kind: 'http' });
    await settle(el, 'error');
    expect(part(el, 'error-message')!.textContent).to.equal('impact: impact is down (HTTP 503)');
    expect(part(el, 'status')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    expect(requests.map((r) => r.url.pathname).sort()).to.deep.equal(['/api/impact', '/api/summary']);
    failing.clear();
    part(el, 'retry-button')!.click();
    await settle(el, 'ready');
    expect(requests.map((r) => r.url.pathname)).to.have.length(3);
    expect(requests[2]!.url.pathname).to.equal('/api/impact');
  });

  it('names both when both fail', async () => {
    api(new Set(['impact', 'summary']));
    const el = await fixture<MissionInsights>(
      html`<mission-insights lang="en" endpoint="/api"></mission-insights>`,
    );
    await settle(el, 'error');
    await waitForBoth(el);
    expect(part(el, 'error-message')!.textContent).to.equal(
      'impact: impact is down (HTTP 503) · summary: summary is down (HTTP 503)',
    );
  });

  it('an invalid payload or a missing half of `data` is an error naming the field', async () => {
    const bad = summaryFixture() as unknown as { current: Record<string, unknown> };
    bad.current.activeMissions = -1;
    const el = await fixture<MissionInsights>(
      html`<mission-insights
        lang="en"
        .data=${{ impact: impactFixture(), summary: bad }}
      ></mission-insights>`,
    );
    await settle(el, 'error');
    expect(part(el, 'error-message')!.textContent).to.equal(
      'summary data: current.activeMissions must be a non-negative integer, got -1',
    );
    const half = await fixture<MissionInsights>(
      html`<mission-insights lang="en" .data=${{ impact: impactFixture() }}></mission-insights>`,
    );
    await settle(half, 'error');
    expect(part(half, 'error-message')!.textContent).to.contain(
      'summary data: the response must be an object',
    );
  });

  it('markup from the server stays text', async () => {
    stubFetch(() => json({ title: XSS, detail: XSS, status: 400 }, 400, 'application/problem+json'));
    const el = await fixture<MissionInsights>(
      html`<mission-insights lang="en" endpoint="/api"></mission-insights>`,
    );
    await settle(el, 'error');
    await waitForBoth(el);
    expect(part(el, 'error-message')!.textContent).to.equal(
      `impact: ${XSS} (HTTP 400) · summary: ${XSS} (HTTP 400)`,
    );
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
  });

  it('shows the idle state without a source', async () => {
    const el = await fixture<MissionInsights>(html`<mission-insights lang="en"></mission-insights>`);
    await settle(el, 'idle');
    expect(shadowText(el)).to.contain('set the endpoint attribute or the data property');
  });

  it('is accessible in the dark theme', async () => {
    const el = await fixture<MissionInsights>(
      html`<mission-insights
        lang="en"
        theme="dark"
        .data=${{
          impact: impactFixture(),
          summary: summaryFixture({ current: { activeMissions: 2, customers: 10000 } }),
        }}
      ></mission-insights>`,
    );
    await settle(el, 'ready');
    expect(parts(el, 'insight').map((c) => c.dataset.kind)).to.include.members([
      'warning',
      'opportunity',
      'strength',
    ]);
    await expect(el).to.be.accessible();
  });
});

/** The two failures may land in different updates: wait until both are in the message. */
async function waitForBoth(el: MissionInsights) {
  await waitUntil(() => part(el, 'error-message')?.textContent.includes(' · '), 'both errors shown');
}
