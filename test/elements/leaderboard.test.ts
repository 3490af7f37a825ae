import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/mission-leaderboard/index.js';
import type { MissionLeaderboard } from '../../src/mission-leaderboard/mission-leaderboard.js';
import { json, restoreFetch, stubFetch, type RecordedRequest } from '../fixtures/fetch-stub.js';
import {
  LEADERS,
  emptyLeaderboardFixture,
  generatedPage,
  leaderboardFixture,
} from '../fixtures/leaderboard.js';
import { captureDownloads } from '../fixtures/missions.js';
import { nextEvent, part, parts, settle, shadowText } from './helpers.js';

const XSS = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>"'><svg onload=alert(1)>`;

declare global {
  interface Window {
    __pwned?: number;
  }
}

async function fromData(
  data = leaderboardFixture(),
  attrs: { lang?: string; pageSize?: number; theme?: string } = {},
) {
  const el = await fixture<MissionLeaderboard>(
    html`<mission-leaderboard
      lang=${attrs.lang ?? 'en'}
      theme=${attrs.theme ?? 'light'}
      from="2026-11-01"
      to="2026-11-30"
      page-size=${attrs.pageSize ?? 20}
      .data=${data}
    ></mission-leaderboard>`,
  );
  await settle(el, 'ready');
  return el;
}

const rowIds = (el: MissionLeaderboard) => parts(el, 'row').map((row) => row.dataset.id);
const rangeText = (el: MissionLeaderboard) =>
  part(el, 'pagination')!.querySelector('.range')!.textContent.trim();
const table = (el: MissionLeaderboard) => part(el, 'table')!;
const cellTexts = (row: HTMLElement) =>
  [...row.children].map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim());

async function request(requests: RecordedRequest[], count: number): Promise<RecordedRequest> {
  await waitUntil(() => requests.length >= count, `expected ${count} requests, got ${requests.length}`);
  return requests[count - 1]!;
}

/** A server of `size` generated customers; pages in `hold` stay pending. */
function serve(size: number, hold: (page: number, pageSize: number) => boolean = () => false) {
  return stubFetch((url) => {
    const page = Number(url.searchParams.get('page'));
    const pageSize = Number(url.searchParams.get('pageSize'));
    return hold(page, pageSize) ? undefined : json(generatedPage(size, page, pageSize));
  });
}

describe('<mission-leaderboard>', () => {
  afterEach(restoreFetch);

  describe('from data', () => {
    it('shows rank as given (ties share it), customer, total and counts in type order, and fetches nothing', async () => {
      const requests = stubFetch();
      const el = await fromData();
      expect(requests).to.have.length(0);
      expect(rowIds(el)).to.deep.equal(['c-17', 'c-3', 'c/8?x=1', 'c-21', 'c-5']);
      expect(parts(el, 'rank').map((r) => r.textContent)).to.deep.equal(['1', '2', '2', '4', '5']);
      const rows = parts(el, 'row');
      expect(cellTexts(rows[0]!).slice(0, 7)).to.deep.equal([
        '1',
        'Ada Lovelace',
        '42',
        '20',
        '10',
        '8',
        '4',
      ]);
      expect(cellTexts(rows[3]!).slice(0, 7)).to.deep.equal([
        '4',
        'AT Alan Turing',
        '1,234',
        '1,000',
        '200',
        '30',
        '4',
      ]);
      const headers = [...table(el).querySelectorAll('thead th')].map((th) =>
        (th as HTMLElement).innerText.trim(),
      );
      expect(headers.slice(0, 7)).to.deep.equal([
        'Rank',
        'Customer',
        'Missions',
        'Classic',
        'Content',
        'Review',
        'Engagement',
      ]);
      expect(parts(el, 'type-icon').map((icon) => icon.dataset.type)).to.deep.equal([
        'classic',
        'content',
        'review',
        'engagement',
      ]);
      expect(table(el).querySelector('caption')!.textContent.trim()).to.equal(
        'Most engaged customers, Nov 1, 2026 – Nov 30, 2026',
      );
      await expect(el).to.be.accessible();
    });

    it('shows an avatar only from an https URL (alt=""), else initials', async () => {
      const el = await fromData();
      const images = [...el.shadowRoot!.querySelectorAll('img')];
      expect(images.map((img) => img.getAttribute('src'))).to.deep.equal([
        'https://cdn.example.test/ada.png',
      ]);
      expect(images[0]!.getAttribute('alt')).to.equal('');
      expect(parts(el, 'initials').map((i) => i.textContent.trim())).to.deep.equal(['ÉZ', 'GH', 'AT', 'HL']);
      expect(parts(el, 'initials').every((i) => i.getAttribute('aria-hidden') === 'true')).to.equal(true);
    });

    it('pages on the client, with first and last page buttons; rows are keyed by customer id', async () => {
      const el = await fromData(leaderboardFixture(), { pageSize: 2 });
      expect(rowIds(el)).to.deep.equal(['c-17', 'c-3']);
      expect((part(el, 'page-first') as HTMLButtonElement).disabled).to.equal(true);
      part(el, 'page-last')!.click();
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['c-5']);
      expect(rangeText(el)).to.equal('5–5 of 5');
      expect((part(el, 'page-last') as HTMLButtonElement).disabled).to.equal(true);
      part(el, 'page-previous')!.click();
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['c/8?x=1', 'c-21']);
      part(el, 'page-first')!.click();
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['c-17', 'c-3']);
      const [ada, emile] = parts(el, 'row');

      const size = part(el, 'page-size') as HTMLSelectElement;
      size.value = '10';
      size.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(rowIds(el)).to.have.length(5);
      // Same customers, same row elements: nothing re-created.
      const rows = parts(el, 'row');
      expect(rows[0]).to.equal(ada);
      expect(rows[1]).to.equal(emile);

      // New standings where Émile overtakes Ada: his row element moves with him.
      el.data = leaderboardFixture([LEADERS[1]!, LEADERS[0]!, ...LEADERS.slice(2)]);
      await waitUntil(() => rowIds(el)[0] === 'c-3', 'new standings not shown');
      expect(rowIds(el).slice(0, 2)).to.deep.equal(['c-3', 'c-17']);
      expect(parts(el, 'row')[0]).to.equal(emile);
      expect(parts(el, 'row')[1]).to.equal(ada);
    });

    it('shows the empty state when nobody validated a mission', async () => {
      const el = await fixture<MissionLeaderboard>(
        html`<mission-leaderboard lang="fr" .data=${emptyLeaderboardFixture()}></mission-leaderboard>`,
      );
      await settle(el, 'empty');
      expect(part(el, 'status')!.textContent.trim()).to.equal('Aucune mission validée sur cette période.');
      await expect(el).to.be.accessible();
    });

    it('reports an invalid payload naming the field, with data-error', async () => {
      const bad = leaderboardFixture() as unknown as { items: { customer: Record<string, unknown> }[] };
      delete bad.items[1]!.customer.name;
      const el = document.createElement('mission-leaderboard');
      el.lang = 'en';
      el.data = bad as never;
      const event = nextEvent(el, 'data-error');
      document.body.append(el);
      expect((await event).detail).to.include({ resource: 'leaderboard', kind: 'invalid' });
      await settle(el, 'error');
      expect(part(el, 'error-message')!.textContent).to.equal(
        'leaderboard data: items[1].customer.name is missing',
      );
      await expect(el).to.be.accessible();
      el.remove();
    });
  });

  describe('profile', () => {
    it('is a button named after the customer firing customer-select', async () => {
      const el = await fromData();
      const profile = parts(el, 'profile')[1]!;
      expect(profile.tagName).to.equal('BUTTON');
      expect(profile.getAttribute('aria-label')).to.equal('Profile of Émile Zola');
      const event = nextEvent(document.body, 'customer-select');
      profile.click();
      const fired = await event;
      expect(fired.detail).to.deep.equal({ id: 'c-3' });
      expect(fired.composed).to.equal(true);
      expect(fired.cancelable).to.equal(true);
    });

    it('is a link from profile-href with the id encoded; cancelling the event cancels navigation', async () => {
      const el = await fromData();
      el.profileHref = 'https://crm.example.test/customers/{id}';
      await el.updateComplete;
      const link = parts(el, 'profile')[2]!;
      expect(link.tagName).to.equal('A');
      expect(link.getAttribute('href')).to.equal('https://crm.example.test/customers/c%2F8%3Fx%3D1');
      const prevented: boolean[] = [];
      const onClick = (e: MouseEvent) => {
        prevented.push(e.defaultPrevented);
        e.preventDefault();
      };
      document.addEventListener('click', onClick);
      const ids: string[] = [];
      const onSelect = (e: CustomEvent<{ id: string }>) => {
        ids.push(e.detail.id);
        e.preventDefault();
      };
      el.addEventListener('customer-select', onSelect);
      link.click();
      el.removeEventListener('customer-select', onSelect);
      link.click();
      document.removeEventListener('click', onClick);
      expect(ids).to.deep.equal(['c/8?x=1']);
      expect(prevented).to.deep.equal([true, false]);
      await expect(el).to.be.accessible();
    });

    it('refuses a data: or javascript: template with a warning', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: unknown) => warnings.push(String(message));
      try {
        const el = await fromData();
        el.profileHref = 'JAVASCRIPT:alert("{id}")';
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(
          'profile-href "JAVASCRIPT:alert("{id}")" is not an http(s) or relative URL',
        );
      } finally {
        console.warn = warn;
      }
    });

    it('is reached by keyboard, and the last page by Tab and Enter', async () => {
      const el = await fromData(leaderboardFixture(), { pageSize: 2 });
      const profiles = parts(el, 'profile');
      profiles[0]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(profiles[1]);
      const event = nextEvent(el, 'customer-select');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail.id).to.equal('c-3');
      await sendKeys({ press: 'Tab' }); // page size
      await sendKeys({ press: 'Tab' }); // next (previous is disabled)
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('page-next');
      await sendKeys({ press: 'Tab' }); // first is disabled: last
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('page-last');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['c-5']);
    });
  });

  describe('from an endpoint', () => {
    it('asks leaderboard with the period, page and pageSize', async () => {
      const requests = stubFetch();
      const el = await fixture<MissionLeaderboard>(
        html`<mission-leaderboard
          lang="en"
          endpoint="https://api.example.test/v1"
          from="2026-11-01"
          to="2026-11-30"
          page-size="50"
        ></mission-leaderboard>`,
      );
      expect(el.state).to.equal('loading');
      await expect(el).to.be.accessible();
      const { url } = await request(requests, 1);
      expect(url.origin + url.pathname).to.equal('https://api.example.test/v1/leaderboard');
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({
        from: '2026-11-01',
        to: '2026-11-30',
        page: '1',
        pageSize: '50',
      });
      requests[0]!.respond(json({ ...leaderboardFixture(), pageSize: 50 }));
      await settle(el, 'ready');
      expect(rowIds(el)).to.have.length(5);
    });

    it('pages through 100,000 customers one page at a time, keeping rows busy while the next loads', async () => {
      let holding = true;
      const requests = serve(100_000, (page) => holding && page > 1);
      const el = await fixture<MissionLeaderboard>(
        html`<mission-leaderboard
          lang="en"
          endpoint="/api"
          from="2026-11-01"
          to="2026-11-30"
        ></mission-leaderboard>`,
      );
      await settle(el, 'ready');
      expect(rangeText(el)).to.equal('1–20 of 100,000');
      expect(rowIds(el)[0]).to.equal('c-1');
      expect(table(el).querySelectorAll('tbody tr')).to.have.length(20);

      part(el, 'page-last')!.click();
      const last = await request(requests, 2);
      expect(last.url.searchParams.get('page')).to.equal('5000');
      expect(last.url.searchParams.get('pageSize')).to.equal('20');
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect(table(el).getAttribute('aria-busy')).to.equal('true');
      expect(rowIds(el)[0]).to.equal('c-1'); // the old rows stay
      expect(part(el, 'status')).to.equal(null);
      await expect(el).to.be.accessible();
      last.respond(json(generatedPage(100_000, 5000, 20)));
      await settle(el, 'ready');
      expect(table(el).getAttribute('aria-busy')).to.equal('false');
      expect(rowIds(el)[0]).to.equal('c-99981');
      expect(rowIds(el)[19]).to.equal('c-100000');
      expect(parts(el, 'rank')[0]!.textContent).to.equal('99,981');
      expect(rangeText(el)).to.equal('99,981–100,000 of 100,000');
      expect(table(el).querySelectorAll('tbody tr')).to.have.length(20);

      holding = false;
      part(el, 'page-previous')!.click();
      await request(requests, 3);
      expect(requests[2]!.url.searchParams.get('page')).to.equal('4999');
      await settle(el, 'ready');
      expect(rowIds(el)[0]).to.equal('c-99961');
      part(el, 'page-first')!.click();
      await el.updateComplete;
      // Page 1 is still in the shared cache: no request, no busy state.
      expect(requests).to.have.length(3);
      await settle(el, 'ready');
      expect(rowIds(el)[0]).to.equal('c-1');
    });

    it('shows the problem detail of an HTTP error, fires data-error, retries', async () => {
      let fail = true;
      const requests = stubFetch(() =>
        fail
          ? json(
              { title: 'Unavailable', status: 503, detail: 'Ranking is being rebuilt' },
              503,
              'application/problem+json',
            )
          : json(leaderboardFixture()),
      );
      const el = document.createElement('mission-leaderboard');
      el.lang = 'en';
      el.endpoint = '/api';
      const event = nextEvent(document.body, 'data-error');
      document.body.append(el);
      expect((await event).detail).to.include({ status: 503, resource: 'leaderboard', kind: 'http' });
      await settle(el, 'error');
      expect(part(el, 'error-message')!.textContent).to.equal(
        'leaderboard: Ranking is being rebuilt (HTTP 503)',
      );
      await expect(el).to.be.accessible();
      fail = false;
      part(el, 'retry-button')!.click();
      await settle(el, 'ready');
      expect(requests).to.have.length(2);
      el.remove();
    });

    it('is idle with neither endpoint nor data', async () => {
      const el = await fixture<MissionLeaderboard>(
        html`<mission-leaderboard lang="en"></mission-leaderboard>`,
      );
      await settle(el, 'idle');
      expect(shadowText(el)).to.contain('set the endpoint attribute or the data property');
    });
  });

  it('keeps names, ids and avatar URLs inert', async () => {
    const data = leaderboardFixture([
      {
        ...LEADERS[0]!,
        customer: { id: XSS, name: XSS, avatar: `https://x.test/"><script>alert(1)</script>` },
      },
      { ...LEADERS[1]!, customer: { id: 'c-2', name: XSS, avatar: `javascript:alert(1)` } },
    ]);
    const el = await fromData(data);
    el.profileHref = '/customers/{id}';
    await el.updateComplete;
    expect(parts(el, 'name').map((n) => n.textContent)).to.deep.equal([XSS, XSS]);
    expect(parts(el, 'profile')[0]!.getAttribute('href')).to.equal(`/customers/${encodeURIComponent(XSS)}`);
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('script, iframe, object, embed, [onerror], [onload]')]).to.deep.equal(
      [],
    );
    const images = [...root.querySelectorAll('img')];
    expect(images).to.have.length(1);
    expect(images[0]!.src.startsWith('https://x.test/')).to.equal(true);
    expect(window.__pwned).to.equal(undefined);
  });

  it('speaks French', async () => {
    const el = await fromData(leaderboardFixture(), { lang: 'fr' });
    const text = shadowText(el);
    expect(text).to.contain('Rang').and.contain('Client').and.contain('Classique').and.contain('Avis');
    expect(parts(el, 'total')[3]!.textContent).to.match(/^1\s234$/);
    expect(parts(el, 'profile')[0]!.getAttribute('aria-label')).to.equal('Profil de Ada Lovelace');
    expect(part(el, 'page-last')!.textContent).to.contain('Dernière page');
    await expect(el).to.be.accessible();
  });

  it('passes axe in the dark theme', async () => {
    const el = await fromData(leaderboardFixture(), { theme: 'dark' });
    await expect(el).to.be.accessible();
  });

  describe('CSV export', () => {
    let downloads: ReturnType<typeof captureDownloads>;
    beforeEach(() => (downloads = captureDownloads()));
    afterEach(() => downloads.restore());

    it('from data: every row, not only the page shown', async () => {
      const el = await fromData(leaderboardFixture(), { pageSize: 2 });
      part(el, 'csv-button')!.click();
      await waitUntil(() => downloads.count() === 1, 'no download');
      const [file] = await downloads.files();
      expect(file!.filename).to.equal('leaderboard-2026-11-01-2026-11-30.csv');
      expect([...file!.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(file!.text.split('\r\n')).to.deep.equal([
        'Rank,Customer ID,Name,Missions,Classic,Content,Review,Engagement',
        '1,c-17,Ada Lovelace,42,20,10,8,4',
        '2,c-3,Émile Zola,30,12,9,6,3',
        '2,c/8?x=1,Grace Hopper,30,30,0,0,0',
        '4,c-21,Alan Turing,1234,1000,200,30,4',
        '5,c-5,Hedy Lamarr,7,1,2,3,1',
        '',
      ]);
    });

    it('from an endpoint: 100,000 customers in 1,000 requests of 100, in order', async () => {
      const requests = serve(100_000);
      const el = await fixture<MissionLeaderboard>(
        html`<mission-leaderboard
          lang="fr"
          endpoint="/api"
          from="2026-11-01"
          to="2026-11-30"
        ></mission-leaderboard>`,
      );
      await settle(el, 'ready');
      part(el, 'csv-button')!.click();
      await waitUntil(() => downloads.count() === 1, 'no download', { timeout: 60_000 });
      const exportRequests = requests.slice(1);
      expect(exportRequests).to.have.length(1000);
      expect(exportRequests.map((r) => Number(r.url.searchParams.get('page')))).to.deep.equal(
        Array.from({ length: 1000 }, (_, i) => i + 1),
      );
      expect(exportRequests.every((r) => r.url.searchParams.get('pageSize') === '100')).to.equal(true);
      const lines = (await downloads.files())[0]!.text.split('\r\n');
      expect(lines).to.have.length(100_002);
      expect(lines[0]).to.equal(
        'Rang,Identifiant client,Nom,Missions validées,Classique,Contenus,Avis,Engagement',
      );
      expect(lines[1]).to.equal('1,c-1,Customer 1,100000,50000,50000,0,0');
      expect(lines[100_000]).to.equal('99999,c-100000,Customer 100000,50001,25000,25001,0,0');
      await el.updateComplete;
      expect(part(el, 'export-status')!.textContent).to.match(/^100\s000 lignes exportées\.$/);
    }).timeout(60_000);

    it('shows "page 12 of 1,000" while it runs, and Cancel stops it without a file', async () => {
      const requests = serve(100_000, (page, pageSize) => pageSize === 100 && page === 13);
      const el = await fixture<MissionLeaderboard>(
        html`<mission-leaderboard
          lang="en"
          endpoint="/api"
          from="2026-11-01"
          to="2026-11-30"
        ></mission-leaderboard>`,
      );
      await settle(el, 'ready');
      part(el, 'csv-button')!.focus();
      await sendKeys({ press: 'Enter' });
      const pending = await request(requests, 14); // the list's page, then export pages 1–13
      await el.updateComplete;
      expect(part(el, 'export-status')!.textContent).to.equal('Exporting page 12 of 1,000');
      expect((part(el, 'export-progress') as HTMLProgressElement).value).to.equal(12);
      expect((part(el, 'csv-button') as HTMLButtonElement).disabled).to.equal(true);
      // Focus moved from the disabled export button to Cancel.
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('export-cancel');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(el, 'export-status')!.textContent === 'Export cancelled.', 'not cancelled');
      expect(pending.aborted).to.equal(true);
      expect(requests).to.have.length(14);
      expect(downloads.count()).to.equal(0);
      expect(part(el, 'export-cancel')).to.equal(null);
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('csv-button');
      expect(rowIds(el)[0]).to.equal('c-1');
    });

    it('refuses more than 2,000 pages after one request, shown and fired as data-error', async () => {
      const requests = serve(200_001);
      const el = await fixture<MissionLeaderboard>(
        html`<mission-leaderboard lang="en" endpoint="/api"></mission-leaderboard>`,
      );
      await settle(el, 'ready');
      const event = nextEvent(el, 'data-error');
      part(el, 'csv-button')!.click();
      const { detail } = await event;
      expect(detail).to.include({ resource: 'leaderboard', kind: 'config', status: 0 });
      expect(detail.message).to.contain('2001 pages to fetch, more than the limit of 2000');
      await el.updateComplete;
      expect(part(el, 'export-error')!.textContent).to.equal(
        'The export failed: 2,001 pages, more than the limit of 2,000. Narrow the period or the filter.',
      );
      expect(requests).to.have.length(2);
      expect(downloads.count()).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });
});
