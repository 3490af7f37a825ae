import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/mission-kpis/index.js';
import '../../src/mission-type-donut/index.js';
import '../../src/mission-dashboard/index.js';
import type { MissionKpis } from '../../src/mission-kpis/mission-kpis.js';
import type { MissionDashboard } from '../../src/mission-dashboard/mission-dashboard.js';
import { configureMissionWidgets } from '../../src/data/config.js';
import { summaryFixture } from '../fixtures/summary.js';
import { json, restoreFetch, stubFetch } from '../fixtures/fetch-stub.js';
import { part, settle, nextEvent } from './helpers.js';

const summaryFor = (url: URL) =>
  summaryFixture({ current: { from: url.searchParams.get('from')!, to: url.searchParams.get('to')! } });

describe('data layer, through the elements', () => {
  afterEach(restoreFetch);

  it('two elements asking the same resource and period make one request', async () => {
    const requests = stubFetch((url) => json(summaryFor(url)));
    const container = await fixture<HTMLElement>(
      html`<div>
        <mission-kpis lang="en" endpoint="/api" from="2026-11-01" to="2026-11-30"></mission-kpis>
        <mission-type-donut lang="en" endpoint="/api" from="2026-11-01" to="2026-11-30"></mission-type-donut>
      </div>`,
    );
    const kpis = container.querySelector('mission-kpis')!;
    const donut = container.querySelector('mission-type-donut')!;
    await settle(kpis, 'ready');
    await settle(donut, 'ready');
    expect(requests).to.have.length(1);
    expect(requests[0]!.url.pathname).to.equal('/api/summary');
  });

  it('a different period asks again', async () => {
    const requests = stubFetch((url) => json(summaryFor(url)));
    const kpis = await fixture<MissionKpis>(
      html`<mission-kpis lang="en" endpoint="/api" from="2026-11-01" to="2026-11-30"></mission-kpis>`,
    );
    await settle(kpis, 'ready');
    kpis.from = '2026-10-01';
    await waitUntil(() => requests.length === 2);
    expect(requests[1]!.url.searchParams.get('from')).to.equal('2026-10-01');
    await settle(kpis, 'ready');
  });

  it('a late answer for an older period never overwrites the newer one, and the older request is aborted', async () => {
    const requests = stubFetch();
    const kpis = await fixture<MissionKpis>(
      html`<mission-kpis lang="en" endpoint="/api" from="2026-10-01" to="2026-10-31"></mission-kpis>`,
    );
    kpis.from = '2026-11-01';
    kpis.to = '2026-11-30';
    await waitUntil(() => requests.length === 2);
    expect(requests[0]!.aborted).to.equal(true);
    const newer = summaryFixture({ current: { validatedMissions: 222 } });
    const older = summaryFixture({ current: { validatedMissions: 111 } });
    requests[1]!.respond(json(newer));
    await settle(kpis, 'ready');
    requests[0]!.respond(json(older));
    await new Promise((r) => setTimeout(r, 50));
    await kpis.updateComplete;
    const value = kpis.shadowRoot!.querySelector('[data-kpi=validatedMissions] [part=value]')!;
    expect(value.textContent.trim()).to.equal('222');
  });

  it('removing an element aborts its request; putting it back asks again', async () => {
    const requests = stubFetch();
    const kpis = await fixture<MissionKpis>(html`<mission-kpis lang="en" endpoint="/api"></mission-kpis>`);
    expect(requests).to.have.length(1);
    const parent = kpis.parentElement!;
    kpis.remove();
    expect(requests[0]!.aborted).to.equal(true);
    parent.append(kpis);
    await waitUntil(() => requests.length === 2);
    requests[1]!.respond(json(summaryFixture()));
    await settle(kpis, 'ready');
  });

  it('one of two sharing elements leaving keeps the request for the other', async () => {
    const requests = stubFetch();
    const container = await fixture<HTMLElement>(
      html`<div>
        <mission-kpis lang="en" endpoint="/api"></mission-kpis>
        <mission-type-donut lang="en" endpoint="/api"></mission-type-donut>
      </div>`,
    );
    expect(requests).to.have.length(1);
    container.querySelector('mission-kpis')!.remove();
    expect(requests[0]!.aborted).to.equal(false);
    requests[0]!.respond(json(summaryFixture()));
    await settle(container.querySelector('mission-type-donut')!, 'ready');
  });

  const invalidCases: [string, (s: ReturnType<typeof summaryFixture>) => unknown, string][] = [
    [
      'wrong type',
      (s) => ({ ...s, current: { ...s.current, byType: { ...s.current.byType, review: '12' } } }),
      'summary: current.byType.review must be a non-negative integer, got "12"',
    ],
    [
      'missing field',
      (s) => ({ ...s, previous: { ...s.previous, customers: undefined } }),
      'summary: previous.customers is missing',
    ],
    [
      'negative',
      (s) => ({ ...s, current: { ...s.current, engagedCustomers: -4 } }),
      'summary: current.engagedCustomers must be a non-negative integer, got -4',
    ],
    [
      'unknown mission type',
      (s) => ({ ...s, current: { ...s.current, byType: { ...s.current.byType, quest: 9 } } }),
      'summary: current.byType.quest is an unknown mission type',
    ],
    ['not an object', () => 'oops', 'summary: the response must be an object, got "oops"'],
  ];
  for (const [name, mutate, message] of invalidCases) {
    it(`an invalid payload (${name}) gives an error naming the field and a data-error event`, async () => {
      stubFetch(() => json(mutate(summaryFixture())));
      const el = document.createElement('mission-type-donut');
      el.lang = 'en';
      el.endpoint = '/api';
      const event = nextEvent(document.body, 'data-error');
      document.body.append(el);
      const { detail } = await event;
      expect(detail).to.deep.equal({ status: 0, message, resource: 'summary', kind: 'invalid' });
      await settle(el, 'error');
      expect(part(el, 'error-message')!.textContent).to.equal(message);
      el.remove();
    });
  }

  it('an invalid `data` property (NaN) is an error too, never a blank chart', async () => {
    const data = summaryFixture({ current: { validatedMissions: Number.NaN } });
    const el = document.createElement('mission-kpis');
    el.lang = 'en';
    el.data = data;
    const event = nextEvent(document.body, 'data-error');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.message).to.equal(
      'summary data: current.validatedMissions must be a non-negative integer, got NaN',
    );
    el.remove();
  });

  it('a body that is not JSON is a readable error', async () => {
    stubFetch(
      () =>
        new Response('<html>proxy error</html>', { status: 200, headers: { 'content-type': 'text/html' } }),
    );
    const el = await fixture<MissionKpis>(html`<mission-kpis lang="en" endpoint="/api"></mission-kpis>`);
    await settle(el, 'error');
    expect(part(el, 'error-message')!.textContent).to.equal('summary: the answer is not valid JSON');
  });

  it('a network failure is a readable error', async () => {
    configureMissionWidgets({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    const el = await fixture<MissionKpis>(html`<mission-kpis lang="fr" endpoint="/api"></mission-kpis>`);
    await settle(el, 'error');
    expect(part(el, 'error-message')!.textContent).to.equal('summary: the server could not be reached');
    expect(part(el, 'error-title')!.textContent).to.equal('Le serveur est injoignable');
    expect(part(el, 'retry-button')!.textContent.trim()).to.equal('Réessayer');
  });

  it('a server that never answers times out with a readable error', async () => {
    stubFetch();
    configureMissionWidgets({ timeout: 30 });
    const el = await fixture<MissionKpis>(html`<mission-kpis lang="en" endpoint="/api"></mission-kpis>`);
    await settle(el, 'error');
    expect(part(el, 'error-message')!.textContent).to.equal('summary: no answer after 0.03 s');
  });

  it('sends the configured headers and credentials mode', async () => {
    const requests = stubFetch((url) => json(summaryFor(url)));
    configureMissionWidgets({ headers: { Authorization: 'Bearer t0k3n' }, credentials: 'include' });
    const el = await fixture<MissionKpis>(html`<mission-kpis lang="en" endpoint="/api"></mission-kpis>`);
    await settle(el, 'ready');
    const init = requests[0]!.init;
    expect((init.headers as Record<string, string>).Authorization).to.equal('Bearer t0k3n');
    expect(init.credentials).to.equal('include');
  });

  it('rejects bad configuration with a clear message', () => {
    expect(() => configureMissionWidgets({ timeout: -1 })).to.throw(/timeout must be a non-negative number/);
  });

  it('widgets inside <mission-dashboard> take endpoint, period and lang from it; their own attributes win', async () => {
    const requests = stubFetch((url) => json(summaryFor(url)));
    const dashboard = await fixture<MissionDashboard>(
      html`<mission-dashboard endpoint="/tenant-api" from="2026-09-01" to="2026-09-30" lang="fr">
        <mission-kpis></mission-kpis>
        <mission-type-donut lang="en" from="2026-08-01" to="2026-08-31"></mission-type-donut>
      </mission-dashboard>`,
    );
    const kpis = dashboard.querySelector('mission-kpis')!;
    const donut = dashboard.querySelector('mission-type-donut')!;
    await settle(kpis, 'ready');
    await settle(donut, 'ready');
    const asked = requests.map((r) => `${r.url.pathname}?${r.url.searchParams}`).sort();
    expect(asked).to.deep.equal([
      '/tenant-api/summary?from=2026-08-01&to=2026-08-31',
      '/tenant-api/summary?from=2026-09-01&to=2026-09-30',
    ]);
    expect(kpis.locale).to.equal('fr');
    expect(donut.locale).to.equal('en');

    dashboard.from = '2026-07-01';
    dashboard.to = '2026-07-31';
    await waitUntil(() => requests.length === 3);
    expect(requests[2]!.url.searchParams.get('from')).to.equal('2026-07-01');
  });
});
