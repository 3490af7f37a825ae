import { expect, fixture, html } from '@open-wc/testing';
import '../../src/mission-kpis/index.js';
import type { MissionKpis } from '../../src/mission-kpis/mission-kpis.js';
import { summaryFixture, emptySummaryFixture } from '../fixtures/summary.js';
import { json, restoreFetch, stubFetch } from '../fixtures/fetch-stub.js';
import { part, parts, settle, shadowText, nextEvent } from './helpers.js';

function tile(el: MissionKpis, id: string): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(`[data-kpi="${id}"]`)!;
}

describe('<mission-kpis>', () => {
  afterEach(restoreFetch);

  it('shows the three figures with their variations from `data`, and fetches nothing', async () => {
    const requests = stubFetch();
    const el = await fixture<MissionKpis>(
      html`<mission-kpis lang="en" .data=${summaryFixture()}></mission-kpis>`,
    );
    await settle(el, 'ready');
    expect(requests).to.have.length(0);
    expect(parts(el, 'tile')).to.have.length(3);
    expect(tile(el, 'validatedMissions').innerText).to.contain('1,840').and.contain('+15%');
    expect(tile(el, 'engagedCustomers').innerText).to.contain('612').and.contain('-4.4%');
    // 612 / 4210 = 14.5%; previous 640 / 4100 = 15.6% → -6.9%
    expect(tile(el, 'participationRate').innerText).to.contain('14.5%').and.contain('612 of 4,210 customers');
    expect(tile(el, 'participationRate').querySelector('[part=variation]')!.textContent).to.contain(
      'down 6.9%',
    );
    await expect(el).to.be.accessible();
  });

  it('says "new" instead of a ratio when the previous period had none, and a dash when undefined', async () => {
    const data = summaryFixture({
      previous: { validatedMissions: 0, engagedCustomers: 0, customers: 0 },
    });
    const el = await fixture<MissionKpis>(html`<mission-kpis lang="en" .data=${data}></mission-kpis>`);
    await settle(el, 'ready');
    const text = shadowText(el);
    expect(text).not.to.match(/NaN|Infinity/);
    expect(tile(el, 'validatedMissions').innerText).to.contain('new');
    expect(tile(el, 'validatedMissions').textContent).to.contain('new: none in the previous period');
    // No "vs previous period" after "new": there is no ratio to compare.
    expect(tile(el, 'validatedMissions').querySelector('[part=hint]')).to.equal(null);
  });

  it('shows a dash read as "not available" for participation with no customers', async () => {
    const data = summaryFixture({ current: { customers: 0, engagedCustomers: 0 } });
    const el = await fixture<MissionKpis>(html`<mission-kpis lang="en" .data=${data}></mission-kpis>`);
    await settle(el, 'ready');
    const value = tile(el, 'participationRate').querySelector('[part=value]')!;
    expect(value.textContent).to.contain('not available');
    expect(shadowText(el)).not.to.match(/NaN|Infinity/);
  });

  it("labels the figures with the data's own period", async () => {
    const el = await fixture<MissionKpis>(
      html`<mission-kpis lang="en" .data=${summaryFixture()}></mission-kpis>`,
    );
    await settle(el, 'ready');
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Key figures, Nov 1, 2026 – Nov 30, 2026');
  });

  it('speaks French with French number formats', async () => {
    const el = await fixture<MissionKpis>(
      html`<mission-kpis lang="fr" .data=${summaryFixture()}></mission-kpis>`,
    );
    await settle(el, 'ready');
    const text = shadowText(el);
    expect(text).to.contain('Missions validées').and.contain('Taux de participation');
    expect(text).to.match(/1\s840/);
    expect(text).to.match(/14,5\s%/);
  });

  it('shows the empty state when nothing happened in either period', async () => {
    const el = await fixture<MissionKpis>(
      html`<mission-kpis lang="en" .data=${emptySummaryFixture()}></mission-kpis>`,
    );
    await settle(el, 'empty');
    expect(shadowText(el)).to.contain('No mission was validated in this period.');
    await expect(el).to.be.accessible();
  });

  it('shows the idle state with neither endpoint nor data', async () => {
    const el = await fixture<MissionKpis>(html`<mission-kpis lang="en"></mission-kpis>`);
    await settle(el, 'idle');
    expect(shadowText(el)).to.contain('set the endpoint attribute or the data property');
  });

  it('fetches {endpoint}/summary with the period, shows loading, then the figures', async () => {
    const requests = stubFetch();
    const el = await fixture<MissionKpis>(
      html`<mission-kpis
        lang="en"
        endpoint="https://api.example.test/v1/"
        from="2026-11-01"
        to="2026-11-30"
      ></mission-kpis>`,
    );
    expect(el.state).to.equal('loading');
    expect(part(el, 'status')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    expect(requests).to.have.length(1);
    const { url } = requests[0]!;
    expect(url.origin + url.pathname).to.equal('https://api.example.test/v1/summary');
    expect(url.searchParams.get('from')).to.equal('2026-11-01');
    expect(url.searchParams.get('to')).to.equal('2026-11-30');
    requests[0]!.respond(json(summaryFixture()));
    await settle(el, 'ready');
    expect(tile(el, 'validatedMissions').innerText).to.contain('1,840');
  });

  it('shows the problem+json detail of an HTTP 500, fires data-error, and retries', async () => {
    let fail = true;
    const requests = stubFetch(() =>
      fail
        ? json(
            { title: 'Internal error', status: 500, detail: 'The database is restarting' },
            500,
            'application/problem+json',
          )
        : json(summaryFixture()),
    );
    const el = document.createElement('mission-kpis');
    el.setAttribute('lang', 'en');
    el.endpoint = '/api';
    const errorEvent = nextEvent(document.body, 'data-error');
    document.body.append(el);
    const { detail } = await errorEvent;
    expect(detail).to.include({ status: 500, resource: 'summary', kind: 'http' });
    expect(detail.message).to.contain('The database is restarting');
    await settle(el, 'error');
    expect(part(el, 'error-title')!.textContent).to.equal('The server returned an error');
    expect(part(el, 'error-message')!.textContent).to.equal('summary: The database is restarting (HTTP 500)');
    expect(part(el, 'status')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    fail = false;
    part(el, 'retry-button')!.click();
    await settle(el, 'ready');
    expect(requests).to.have.length(2);
    el.remove();
  });

  it('rejects a malformed period without asking the server', async () => {
    const requests = stubFetch();
    const el = await fixture<MissionKpis>(
      html`<mission-kpis lang="en" endpoint="/api" from="2026-12-10" to="2026-12-01"></mission-kpis>`,
    );
    await settle(el, 'error');
    expect(requests).to.have.length(0);
    expect(part(el, 'error-message')!.textContent).to.contain('from (2026-12-10) is after to (2026-12-01)');
    expect(part(el, 'error-title')!.textContent).to.equal('This widget is misconfigured');
    // Asking again cannot fix the page's own attributes: no Retry.
    expect(part(el, 'retry-button')).to.equal(null);
  });
});
