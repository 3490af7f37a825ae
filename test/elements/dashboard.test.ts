import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/mission-dashboard/index.js';
import '../../src/mission-kpis/index.js';
import '../../src/mission-type-donut/index.js';
import type { MissionDashboard } from '../../src/mission-dashboard/mission-dashboard.js';
import { presetOf, customPeriodProblem } from '../../src/mission-dashboard/period-picker.js';
import { summaryFixture } from '../fixtures/summary.js';
import { json, restoreFetch, stubFetch } from '../fixtures/fetch-stub.js';
import { nextEvent, part, settle } from './helpers.js';

const summaryFor = (url: URL) =>
  summaryFixture({ current: { from: url.searchParams.get('from')!, to: url.searchParams.get('to')! } });

async function dashboard(attrs = html``) {
  const requests = stubFetch((url) => json(summaryFor(url)));
  const el = await fixture<MissionDashboard>(
    html`<mission-dashboard endpoint="/api" today="2026-12-04" lang="en">
      ${attrs}
      <mission-kpis></mission-kpis>
      <mission-type-donut></mission-type-donut>
    </mission-dashboard>`,
  );
  const kpis = el.querySelector('mission-kpis')!;
  const donut = el.querySelector('mission-type-donut')!;
  await settle(kpis, 'ready');
  await settle(donut, 'ready');
  return { el, kpis, donut, requests };
}

function select(el: MissionDashboard, value: string) {
  const preset = part(el, 'period-preset') as HTMLSelectElement;
  preset.value = value;
  preset.dispatchEvent(new Event('change'));
}

describe('<mission-dashboard>', () => {
  afterEach(restoreFetch);

  it('defaults to the last 30 days, says so, and hands it to the widgets (one request for both)', async () => {
    const { el, requests } = await dashboard();
    expect((part(el, 'period-preset') as HTMLSelectElement).value).to.equal('30');
    expect(part(el, 'period-range')!.textContent).to.equal('Showing Nov 5, 2026 – Dec 4, 2026');
    expect(requests.map((r) => r.url.search)).to.deep.equal(['?from=2026-11-05&to=2026-12-04']);
    await expect(el).to.be.accessible();
  });

  it('a preset changes the period of every widget: period-change, then one request per resource', async () => {
    const { el, kpis, requests } = await dashboard();
    const event = nextEvent(el, 'period-change');
    select(el, '7');
    expect((await event).detail).to.deep.equal({ from: '2026-11-28', to: '2026-12-04' });
    await waitUntil(() => requests.length === 2);
    await settle(kpis, 'ready');
    expect(requests[1]!.url.search).to.equal('?from=2026-11-28&to=2026-12-04');
    await new Promise((r) => setTimeout(r, 50));
    expect(requests).to.have.length(2);
    expect(el.getAttribute('from')).to.equal('2026-11-28');
  });

  it('custom dates: refused with a message when reversed, applied when valid', async () => {
    const { el, requests } = await dashboard();
    select(el, 'custom');
    await el.updateComplete;
    const from = part(el, 'period-from') as HTMLInputElement;
    const to = part(el, 'period-to') as HTMLInputElement;
    expect([from.value, to.value]).to.deep.equal(['2026-11-05', '2026-12-04']);
    from.value = '2026-10-10';
    to.value = '2026-10-01';
    part(el, 'period-apply')!.click();
    await el.updateComplete;
    expect(part(el, 'period-problem')!.textContent).to.equal(
      'Enter two dates, the first on or before the second.',
    );
    expect(requests).to.have.length(1);
    await expect(el).to.be.accessible();

    to.value = '2026-10-31';
    const event = nextEvent(el, 'period-change');
    part(el, 'period-apply')!.click();
    expect((await event).detail).to.deep.equal({ from: '2026-10-10', to: '2026-10-31' });
    await waitUntil(() => requests.length === 2);
    expect(requests[1]!.url.search).to.equal('?from=2026-10-10&to=2026-10-31');
    await el.updateComplete;
    expect(part(el, 'period-problem')).to.equal(null);
    expect((part(el, 'period-preset') as HTMLSelectElement).value).to.equal('custom');
  });

  it('preventDefault() on period-change keeps the old period', async () => {
    const { el, requests } = await dashboard();
    el.addEventListener('period-change', (e) => e.preventDefault(), { once: true });
    select(el, '90');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(requests).to.have.length(1);
    expect(el.period).to.deep.equal({ from: '2026-11-05', to: '2026-12-04' });
  });

  it('no-picker hides the picker; French labels otherwise', async () => {
    const hidden = await fixture<MissionDashboard>(html`<mission-dashboard no-picker></mission-dashboard>`);
    expect(part(hidden, 'period-picker')).to.equal(null);
    const fr = await fixture<MissionDashboard>(
      html`<mission-dashboard
        lang="fr"
        today="2026-12-04"
        from="2026-11-28"
        to="2026-12-04"
      ></mission-dashboard>`,
    );
    const options = [...(part(fr, 'period-preset') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).to.deep.equal([
      '7 derniers jours',
      '30 derniers jours',
      '90 derniers jours',
      'Personnalisée',
    ]);
    expect((part(fr, 'period-preset') as HTMLSelectElement).value).to.equal('7');
    expect(part(fr, 'period-range')!.textContent).to.equal(
      'Période affichée : du 28 nov. 2026 au 4 déc. 2026',
    );
  });
});

describe('period picker logic', () => {
  it('recognises presets ending today, else custom', () => {
    expect(presetOf({ from: '2026-11-28', to: '2026-12-04' }, '2026-12-04')).to.equal(7);
    expect(presetOf({ from: '2026-09-06', to: '2026-12-04' }, '2026-12-04')).to.equal(90);
    expect(presetOf({ from: '2026-11-28', to: '2026-12-04' }, '2026-12-05')).to.equal('custom');
  });

  it('refuses reversed, malformed and too long custom periods', () => {
    expect(customPeriodProblem('2026-02-30', '2026-03-01')).to.equal('invalidDates');
    expect(customPeriodProblem('2026-03-02', '2026-03-01')).to.equal('invalidDates');
    expect(customPeriodProblem('2020-01-01', '2026-03-01')).to.equal('tooLong');
    expect(customPeriodProblem('2026-03-01', '2026-03-01')).to.equal(undefined);
  });
});
