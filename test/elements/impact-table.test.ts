import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/mission-impact-table/index.js';
import type { MissionImpactTable } from '../../src/mission-impact-table/mission-impact-table.js';
import type { ImpactResponse } from '../../src/data/contract.js';
import { emptyImpactFixture, impactFixture } from '../fixtures/impact.js';
import { json, restoreFetch, stubFetch } from '../fixtures/fetch-stub.js';
import { nextEvent, part, parts, settle, shadowText } from './helpers.js';

const XSS = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;

async function ready(data: ImpactResponse = impactFixture(), lang = 'en', theme?: string) {
  const el = await fixture<MissionImpactTable>(
    html`<mission-impact-table
      lang=${lang}
      theme=${theme ?? 'light'}
      from="2026-11-01"
      to="2026-11-30"
      .data=${data}
    ></mission-impact-table>`,
  );
  await settle(el, 'ready');
  return el;
}

/** Each row's cells as read on screen (visible text, white space folded). */
function cells(row: HTMLElement): string[] {
  return [...row.children].map((cell) => {
    const copy = cell.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
    return copy.textContent.replace(/\s+/g, ' ').trim();
  });
}

const rows = (el: MissionImpactTable) => parts(el, 'row');
const row = (el: MissionImpactTable, k: number) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~=row][data-k="${k}"]`)!;
const spoken = (el: Element) => el.querySelector('.sr-only')?.textContent.trim();

/** Catches the CSV that the export button downloads: the Blob given to URL.createObjectURL. */
function catchDownload(): { result: Promise<{ text: string; filename: string }>; restore(): void } {
  const createObjectURL = URL.createObjectURL.bind(URL);
  const { prototype } = HTMLAnchorElement;
  let blob: Blob | undefined;
  let resolve!: (value: { text: string; filename: string }) => void;
  const result = new Promise<{ text: string; filename: string }>((r) => (resolve = r));
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return createObjectURL(object);
  };
  prototype.click = function (this: HTMLAnchorElement) {
    const filename = this.download;
    // Blob.text() would drop the BOM we want to see.
    void blob!
      .arrayBuffer()
      .then((bytes) =>
        resolve({ text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), filename }),
      );
  };
  return {
    result,
    restore() {
      URL.createObjectURL = createObjectURL;
      // the stub is an own property of HTMLAnchorElement.prototype: removing it restores HTMLElement's click
      Reflect.deleteProperty(prototype, 'click');
    },
  };
}

describe('<mission-impact-table>', () => {
  afterEach(restoreFetch);

  it('shows rows 1..N with "N or more" last, and the baseline apart, from `data` without fetching', async () => {
    const requests = stubFetch();
    const el = await ready();
    expect(requests).to.have.length(0);
    const table = part(el, 'table')!;
    expect(table.querySelector('caption')!.textContent).to.contain(
      'Revenue by number of missions validated, Nov 1, 2026 – Nov 30, 2026',
    );
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent.trim())).to.deep.equal([
      'Missions validated',
      'Customers',
      'Share of engaged customers',
      'Revenue per customer',
      'Average basket',
      'Average orders',
      'Revenue per customer vs one mission',
    ]);
    const body = table.querySelector('tbody:not([part~=baseline])')!;
    expect([...body.querySelectorAll('tr')].map((tr) => tr.dataset.k)).to.deep.equal([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    // 380 / 612 = 62.1%; 20,520 / 380 = 54 per customer; 20,520 / 456 = 45 per order; 456 / 380 = 1.2 orders
    expect(cells(row(el, 1))).to.deep.equal(['1', '380', '62.1%', '€54.00', '€45.00', '1.2', '1×']);
    expect(cells(row(el, 3))).to.deep.equal(['3', '60', '9.8%', '€132.00', '€55.00', '2.4', '2.4×']);
    expect(cells(row(el, 5))).to.deep.equal(['5 or more', '22', '3.6%', '€227.50', '€65.00', '3.5', '4.2×']);
    // the baseline: its own row group, no share (it is not engaged)
    const baseline = part(el, 'baseline')!;
    expect(baseline.tagName).to.equal('TBODY');
    expect(baseline.getAttribute('aria-label')).to.equal('Customers without a mission, for comparison');
    expect(cells(row(el, 0))).to.deep.equal([
      'None (baseline)',
      '3,600',
      '–',
      '€32.00',
      '€40.00',
      '0.8',
      '0.6×',
    ]);
    expect(spoken(row(el, 0).children[2] as HTMLElement)).to.equal('not available');
    expect(shadowText(el)).not.to.match(/NaN|Infinity/);
    await expect(el).to.be.accessible();
  });

  it('draws each row’s bar relative to the largest revenue per customer, with a text alternative', async () => {
    const el = await ready();
    const widths = rows(el).map((r) => r.querySelector('[part=bar] .fill')!.getAttribute('width'));
    // 54, 90, 132, 168, 227.5 and baseline 32, over 227.5
    expect(widths).to.deep.equal(['23.7', '39.6', '58', '73.8', '100', '14.1']);
    for (const bar of parts(el, 'bar')) expect(bar.getAttribute('aria-hidden')).to.equal('true');
    expect(spoken(row(el, 3).querySelector('.growth-cell')!)).to.equal(
      '2.4× the revenue per customer of one-mission customers',
    );
    expect(spoken(row(el, 1).querySelector('.growth-cell')!)).to.equal(
      'reference: the one-mission customers',
    );
    expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
  });

  it('shows "–" read "not available" where a figure divides by zero, never NaN', async () => {
    const el = await ready(
      impactFixture({
        rows: [
          { k: 1, customers: 0, orders: 0, revenue: 0 },
          { k: 2, customers: 4, orders: 0, revenue: 0 },
          { k: 3, customers: 6, orders: 3, revenue: 90 },
        ],
      }),
    );
    expect(part(el, 'baseline')).to.equal(null);
    expect(cells(row(el, 1))).to.deep.equal(['1', '0', '0%', '–', '–', '–', '–']);
    expect(cells(row(el, 2))).to.deep.equal(['2', '4', '40%', '€0.00', '–', '0', '–']);
    expect(cells(row(el, 3))).to.deep.equal(['3 or more', '6', '60%', '€15.00', '€30.00', '0.5', '–']);
    expect(spoken(row(el, 1).children[3] as HTMLElement)).to.equal('not available');
    expect(shadowText(el)).not.to.match(/NaN|Infinity/);
    await expect(el).to.be.accessible();
  });

  it('formats the data’s currency, in French too', async () => {
    const usd = await ready(impactFixture({ currency: 'USD' }));
    expect(cells(row(usd, 1))[3]).to.equal('$54.00');
    const fr = await ready(impactFixture(), 'fr');
    // cells() folds French no-break spaces to plain ones
    expect(cells(row(fr, 5))).to.deep.equal([
      '5 ou plus',
      '22',
      '3,6 %',
      '227,50 €',
      '65,00 €',
      '3,5',
      '4,2 ×',
    ]);
    const text = shadowText(fr);
    expect(text).to.contain('Chiffre d’affaires par client').and.contain('Aucune (référence)');
    expect(spoken(row(fr, 3).querySelector('.growth-cell')!)).to.match(
      /^2,4\s×\sle chiffre d’affaires par client des clients à une seule mission$/,
    );
    await expect(fr).to.be.accessible();
  });

  it('exports the rows shown as CSV: localised header, raw numbers, currency column', async () => {
    const el = await ready(impactFixture(), 'fr');
    const download = catchDownload();
    try {
      part(el, 'csv-button')!.click();
      const { text, filename } = await download.result;
      expect(filename).to.equal('impact-missions_2026-11-01_2026-11-30.csv');
      const lines = text.split('\r\n');
      expect(text.startsWith('\uFEFF')).to.equal(true);
      expect(lines[0]).to.equal(
        '\uFEFFMissions validées,Clients,Répartition des clients engagés,Chiffre d’affaires par client,Panier moyen,Commandes moyennes,Devise',
      );
      expect(lines[1]).to.equal(`1,380,${380 / 612},54,45,1.2,EUR`);
      expect(lines[5]).to.equal(`5+,22,${22 / 612},227.5,65,3.5,EUR`);
      expect(lines[6]).to.equal('0,3600,,32,40,0.8,EUR');
      expect(lines).to.have.length(8); // 6 rows, header, final CRLF
    } finally {
      download.restore();
    }
  });

  it('the export button is reached by Tab and works with Enter', async () => {
    const el = await ready();
    const download = catchDownload();
    try {
      const before = document.createElement('button');
      document.body.prepend(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('csv-button');
      expect(el.shadowRoot!.activeElement?.textContent!.trim()).to.equal('Export CSV');
      await sendKeys({ press: 'Enter' });
      const { text } = await download.result;
      expect(text.split('\r\n')[0]).to.equal(
        '\uFEFFMissions validated,Customers,Share of engaged customers,Revenue per customer,Average basket,Average orders,Currency',
      );
      before.remove();
    } finally {
      download.restore();
    }
  });

  it('fetches {endpoint}/impact with the period, shows loading, then the rows', async () => {
    const requests = stubFetch();
    const el = await fixture<MissionImpactTable>(
      html`<mission-impact-table
        lang="en"
        endpoint="https://api.example.test/v1"
        from="2026-11-01"
        to="2026-11-30"
      ></mission-impact-table>`,
    );
    expect(el.state).to.equal('loading');
    expect(part(el, 'status')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    expect(requests).to.have.length(1);
    const { url } = requests[0]!;
    expect(url.origin + url.pathname).to.equal('https://api.example.test/v1/impact');
    expect([...url.searchParams.entries()]).to.deep.equal([
      ['from', '2026-11-01'],
      ['to', '2026-11-30'],
    ]);
    requests[0]!.respond(json(impactFixture()));
    await settle(el, 'ready');
    expect(rows(el)).to.have.length(6);
  });

  it('shows the problem+json detail of an HTTP 500, fires data-error, and retries', async () => {
    let fail = true;
    const requests = stubFetch(() =>
      fail
        ? json(
            { title: 'Oops', status: 500, detail: 'The database is restarting' },
            500,
            'application/problem+json',
          )
        : json(impactFixture()),
    );
    const el = document.createElement('mission-impact-table');
    el.setAttribute('lang', 'en');
    el.endpoint = '/api';
    const errorEvent = nextEvent(document.body, 'data-error');
    document.body.append(el);
    const { detail } = await errorEvent;
    expect(detail).to.include({ status: 500, resource: 'impact', kind: 'http' });
    await settle(el, 'error');
    expect(part(el, 'error-message')!.textContent).to.equal('impact: The database is restarting (HTTP 500)');
    await expect(el).to.be.accessible();
    fail = false;
    part(el, 'retry-button')!.click();
    await settle(el, 'ready');
    expect(requests).to.have.length(2);
    el.remove();
  });

  it('an invalid payload gives an error naming the field and a data-error event', async () => {
    const bad = impactFixture() as unknown as { rows: Record<string, unknown>[] };
    bad.rows[2]!.revenue = '10800';
    stubFetch(() => json(bad));
    const event = nextEvent(document.body, 'data-error');
    const el = await fixture<MissionImpactTable>(
      html`<mission-impact-table lang="en" endpoint="/api"></mission-impact-table>`,
    );
    const { detail } = await event;
    expect(detail).to.include({ resource: 'impact', kind: 'invalid' });
    await settle(el, 'error');
    expect(part(el, 'error-message')!.textContent).to.equal(
      'impact: rows[2].revenue must be a non-negative finite number, got "10800"',
    );
  });

  it('rows out of order in `data` are reported, not drawn', async () => {
    const data = impactFixture({
      rows: [
        { k: 2, customers: 1, orders: 1, revenue: 1 },
        { k: 1, customers: 1, orders: 1, revenue: 1 },
      ],
    });
    const el = await fixture<MissionImpactTable>(
      html`<mission-impact-table lang="en" .data=${data}></mission-impact-table>`,
    );
    await settle(el, 'error');
    expect(part(el, 'error-message')!.textContent).to.contain('must list k consecutively in ascending order');
  });

  it('markup in a currency or a problem detail stays text', async () => {
    const el = await fixture<MissionImpactTable>(
      html`<mission-impact-table lang="en" .data=${impactFixture({ currency: XSS })}></mission-impact-table>`,
    );
    await settle(el, 'error');
    expect(part(el, 'error-message')!.textContent).to.contain('currency must be an ISO 4217 code like EUR');
    expect(part(el, 'error-message')!.textContent).to.contain('<img src=x');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);

    stubFetch(() => json({ title: XSS, detail: XSS, status: 400 }, 400, 'application/problem+json'));
    const fetched = await fixture<MissionImpactTable>(
      html`<mission-impact-table lang="en" endpoint="/api"></mission-impact-table>`,
    );
    await settle(fetched, 'error');
    expect(part(fetched, 'error-message')!.textContent).to.equal(`impact: ${XSS} (HTTP 400)`);
    expect(fetched.shadowRoot!.querySelector('img, script')).to.equal(null);
  });

  it('shows the empty state when nobody validated a mission, and the idle state without a source', async () => {
    const el = await fixture<MissionImpactTable>(
      html`<mission-impact-table lang="fr" .data=${emptyImpactFixture()}></mission-impact-table>`,
    );
    await settle(el, 'empty');
    expect(shadowText(el)).to.equal('Aucune mission validée sur cette période.');
    await expect(el).to.be.accessible();
    const idle = await fixture<MissionImpactTable>(
      html`<mission-impact-table lang="en"></mission-impact-table>`,
    );
    await settle(idle, 'idle');
    expect(shadowText(idle)).to.contain('set the endpoint attribute or the data property');
  });

  it('is accessible in the dark theme', async () => {
    const el = await ready(impactFixture(), 'en', 'dark');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });
});
