import { expect, fixture, html } from '@open-wc/testing';
import '../../src/mission-detail/index.js';
import type { MissionDetail } from '../../src/mission-detail/mission-detail.js';
import type { MissionDetailResponse } from '../../src/data/contract.js';
import { DETAIL_PERIOD, missionDetailFixture } from '../fixtures/mission-detail.js';
import { json, restoreFetch, stubFetch } from '../fixtures/fetch-stub.js';
import { nextEvent, part, parts, settle, shadowText } from './helpers.js';

const XSS = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>"'><svg onload=alert(1)>`;

async function ready(data: MissionDetailResponse = missionDetailFixture(), lang = 'en') {
  const el = await fixture<MissionDetail>(
    html`<mission-detail
      lang=${lang}
      from=${DETAIL_PERIOD.from}
      to=${DETAIL_PERIOD.to}
      .data=${data}
    ></mission-detail>`,
  );
  await settle(el, 'ready');
  return el;
}

const figure = (el: MissionDetail, key: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[data-figure="${key}"]`)!.innerText.replace(/\s+/g, ' ').trim();
const injected = (el: MissionDetail) => el.shadowRoot!.querySelectorAll('img, script, [onerror], [onload]');

describe('<mission-detail>', () => {
  afterEach(restoreFetch);

  it('shows the type, title, description, figures with variations and the series as one path', async () => {
    const requests = stubFetch();
    const el = await ready();
    expect(requests).to.have.length(0);
    const type = part(el, 'type')!;
    expect(type.dataset.type).to.equal('review');
    expect(type.innerText.trim()).to.equal('Review');
    expect(part(el, 'title')!.textContent).to.equal('Rate a product');
    expect(part(el, 'description')!.textContent).to.equal('Leave a review of 50 words.');
    // 23 vs 20: +15%; 19 vs 19: unchanged
    expect(figure(el, 'validations')).to.equal('Validations 23 ▲ +15% up 15% vs previous period');
    expect(figure(el, 'customers'))
      .to.contain('Distinct customers 19')
      .and.contain('unchanged vs previous period');
    const bars = parts(el, 'bars');
    expect(bars).to.have.length(1);
    expect(bars[0]!.dataset.type).to.equal('review');
    // Nov 1, 2, 5, 7: four rectangles in one path
    expect(bars[0]!.getAttribute('d')!.match(/M/g)).to.have.length(4);
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.equal(
      'Validations per day, Nov 1, 2026 – Nov 7, 2026: 23 in total, highest: 10 (Nov 5, 2026).',
    );
    await expect(el).to.be.accessible();
  });

  it('lists the series in a data table, missing days as zero', async () => {
    const el = await ready();
    part(el, 'view-toggle')!.click();
    await el.updateComplete;
    expect(part(el, 'view-toggle')!.getAttribute('aria-pressed')).to.equal('true');
    expect(part(el, 'chart')).to.equal(null);
    const rows = [...part(el, 'table')!.querySelectorAll('tbody tr')].map(
      (r) => (r as HTMLElement).innerText,
    );
    expect(rows).to.have.length(7);
    expect(rows[2]).to.equal('Nov 3, 2026\t0');
    expect(rows[4]).to.equal('Nov 5, 2026\t10');
    expect(part(el, 'table')!.querySelector('tfoot')!.innerText).to.equal('Total\t23');
    await expect(el).to.be.accessible();
  });

  it('fetches {endpoint}/missions/{id} with the id URL-encoded and the period', async () => {
    const requests = stubFetch();
    const el = await fixture<MissionDetail>(
      html`<mission-detail
        lang="en"
        endpoint="https://api.example.test/v1"
        mission-id="a/b c?d=1#x"
        from="2026-11-01"
        to="2026-11-07"
      ></mission-detail>`,
    );
    expect(el.state).to.equal('loading');
    await expect(el).to.be.accessible();
    expect(requests).to.have.length(1);
    const { url } = requests[0]!;
    expect(url.origin + url.pathname).to.equal('https://api.example.test/v1/missions/a%2Fb%20c%3Fd%3D1%23x');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({ from: '2026-11-01', to: '2026-11-07' });
    requests[0]!.respond(json(missionDetailFixture()));
    await settle(el, 'ready');
    expect(part(el, 'title')!.textContent).to.equal('Rate a product');
  });

  it('without mission-id: an idle state that says so, and no request', async () => {
    const requests = stubFetch();
    const el = await fixture<MissionDetail>(
      html`<mission-detail lang="en" endpoint="/api"></mission-detail>`,
    );
    await settle(el, 'idle');
    expect(shadowText(el)).to.equal('No mission selected: set the mission-id attribute.');
    expect(requests).to.have.length(0);
    await expect(el).to.be.accessible();
    const bare = await fixture<MissionDetail>(html`<mission-detail lang="fr"></mission-detail>`);
    await settle(bare, 'idle');
    expect(shadowText(bare)).to.contain('renseignez l’attribut endpoint');
  });

  it('a 404 problem is an error showing its detail, fired as data-error', async () => {
    stubFetch(() =>
      json(
        {
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          detail: 'No mission "m404" for this merchant.',
        },
        404,
        'application/problem+json',
      ),
    );
    const errorEvent = nextEvent(document.body, 'data-error');
    const el = await fixture<MissionDetail>(
      html`<mission-detail lang="en" endpoint="/api" mission-id="m404"></mission-detail>`,
    );
    const { detail } = await errorEvent;
    expect(detail).to.include({ status: 404, kind: 'http', resource: 'missions/{id}' });
    await settle(el, 'error');
    expect(part(el, 'error-message')!.textContent).to.equal(
      'missions/{id}: No mission "m404" for this merchant. (HTTP 404)',
    );
    expect(part(el, 'retry-button')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('an invalid payload is an error naming the field', async () => {
    const bad = missionDetailFixture() as unknown as { current: Record<string, unknown> };
    bad.current.customers = XSS;
    stubFetch(() => json(bad));
    const errorEvent = nextEvent(document.body, 'data-error');
    const el = await fixture<MissionDetail>(
      html`<mission-detail lang="en" endpoint="/api" mission-id="m3"></mission-detail>`,
    );
    expect((await errorEvent).detail.kind).to.equal('invalid');
    await settle(el, 'error');
    expect(part(el, 'error-message')!.textContent).to.contain('current.customers');
    expect(injected(el)).to.have.length(0);
  });

  it('user-written title and description stay text', async () => {
    const data = missionDetailFixture();
    data.mission.title = XSS;
    data.mission.description = `${XSS}\nsecond line`;
    const el = await ready(data);
    expect(part(el, 'title')!.textContent).to.equal(XSS);
    expect(part(el, 'description')!.textContent).to.equal(`${XSS}\nsecond line`);
    expect(injected(el)).to.have.length(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('an inactive mission without validations says so instead of drawing an empty chart', async () => {
    const data = missionDetailFixture({
      current: { validations: 0, customers: 0 },
      previous: { validations: 4, customers: 3 },
      days: [],
    });
    data.mission.active = false;
    const el = await ready(data);
    expect(shadowText(el)).to.contain('Inactive').and.contain('No validation in this period.');
    expect(figure(el, 'validations')).to.contain('down 100% vs previous period');
    expect(part(el, 'chart')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks French', async () => {
    const el = await ready(missionDetailFixture(), 'fr');
    expect(part(el, 'type')!.innerText.trim()).to.equal('Avis');
    expect(figure(el, 'customers')).to.contain('Clients distincts 19').and.contain('stable');
    expect(figure(el, 'validations')).to.match(/\+15\s%/);
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.equal(
      'Validations par jour, du 1 nov. 2026 au 7 nov. 2026 : 23 au total, maximum : 10 (5 nov. 2026).',
    );
  });

  it('is accessible in the dark theme', async () => {
    const el = await ready();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
