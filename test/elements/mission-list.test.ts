import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/mission-list/index.js';
import type { MissionList } from '../../src/mission-list/mission-list.js';
import type { Mission } from '../../src/data/contract.js';
import { json, restoreFetch, stubFetch, type RecordedRequest } from '../fixtures/fetch-stub.js';
import {
  MISSIONS,
  captureDownloads,
  emptyMissionsFixture,
  missionsFixture,
  missionsPage,
} from '../fixtures/missions.js';
import { nextEvent, part, parts, settle, shadowText } from './helpers.js';

const XSS = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>"'><svg onload=alert(1)>`;
const PERIOD = { from: '2026-11-01', to: '2026-11-30' };

declare global {
  interface Window {
    __pwned?: number;
  }
}

async function fromData(
  data = missionsFixture(),
  attrs: { lang?: string; pageSize?: number; theme?: string } = {},
) {
  const el = await fixture<MissionList>(
    html`<mission-list
      lang=${attrs.lang ?? 'en'}
      theme=${attrs.theme ?? 'light'}
      from=${PERIOD.from}
      to=${PERIOD.to}
      page-size=${attrs.pageSize ?? 20}
      .data=${data}
    ></mission-list>`,
  );
  await settle(el, 'ready');
  return el;
}

const rowIds = (el: MissionList) => parts(el, 'row').map((row) => row.dataset.id);
const rangeText = (el: MissionList) => part(el, 'pagination')!.querySelector('.range')!.textContent.trim();
const table = (el: MissionList) => part(el, 'table')!;

async function chooseType(el: MissionList, value: string) {
  const select = part(el, 'type-filter') as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** Elements a template could have let in; the type icons and detail arrows are our own SVG. */
function injected(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('img, script, iframe, object, embed, [onerror], [onload]')];
}

/** Waits for the next request recorded by the stub. */
async function request(requests: RecordedRequest[], count: number): Promise<RecordedRequest> {
  const start = Date.now();
  while (requests.length < count) {
    if (Date.now() - start > 3000) throw new Error(`expected ${count} requests, got ${requests.length}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return requests[count - 1]!;
}

describe('<mission-list>', () => {
  afterEach(restoreFetch);

  describe('from data', () => {
    it('shows type, title, description and popularity by popularity, with a caption, and fetches nothing', async () => {
      const requests = stubFetch();
      const el = await fromData();
      expect(requests).to.have.length(0);
      expect(rowIds(el)).to.deep.equal(['m4', 'm1', 'm3', 'm8', 'm2', 'm6', 'm9', 'm7', 'm5']);
      const first = parts(el, 'row')[0]!;
      const cells = [...first.children].map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
      expect(cells.slice(0, 3)).to.deep.equal([
        'Classic',
        'Newsletter Subscribe to our newsletter.',
        '1,250',
      ]);
      expect(first.querySelector('[part~="type-icon"]')!.getAttribute('data-type')).to.equal('classic');
      expect(first.querySelector('[part~="type-icon"]')!.getAttribute('aria-hidden')).to.equal('true');
      expect(first.querySelector('th')!.getAttribute('scope')).to.equal('row');
      expect(table(el).querySelector('caption')!.textContent.trim()).to.equal(
        'Missions and their validations, Nov 1, 2026 – Nov 30, 2026',
      );
      expect(rangeText(el)).to.equal('1–9 of 9');
      expect(table(el).getAttribute('aria-busy')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('filters by type, toggles the sort with aria-sort, and pages on the client', async () => {
      const el = await fromData(missionsFixture(), { pageSize: 4 });
      const th = part(el, 'sort-button')!.closest('th')!;
      expect(th.getAttribute('aria-sort')).to.equal('descending');
      expect(rowIds(el)).to.deep.equal(['m4', 'm1', 'm3', 'm8']);
      expect(rangeText(el)).to.equal('1–4 of 9');

      part(el, 'page-next')!.click();
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['m2', 'm6', 'm9', 'm7']);
      part(el, 'page-next')!.click();
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['m5']);
      expect(rangeText(el)).to.equal('9–9 of 9');
      expect((part(el, 'page-next') as HTMLButtonElement).disabled).to.equal(true);

      part(el, 'sort-button')!.click();
      await el.updateComplete;
      expect(th.getAttribute('aria-sort')).to.equal('ascending');
      expect(el.sort).to.equal('popularity-asc');
      expect(el.page).to.equal(1);
      expect(rowIds(el)).to.deep.equal(['m5', 'm7', 'm9', 'm2']);

      await chooseType(el, 'classic');
      expect(el.type).to.equal('classic');
      expect(el.getAttribute('type')).to.equal('classic');
      expect(rowIds(el)).to.deep.equal(['m9', 'm6', 'm1', 'm4']);
      expect(rangeText(el)).to.equal('1–4 of 4');
      expect(parts(el, 'type').every((cell) => cell.textContent === 'Classic')).to.equal(true);

      await chooseType(el, '');
      expect(el.type).to.equal(undefined);
      expect(rowIds(el)).to.have.length(4);
      await expect(el).to.be.accessible();
    });

    it('changing the page size keeps the first row in view', async () => {
      const el = await fromData(missionsFixture(), { pageSize: 2 });
      el.page = 4; // rows 7–8: m9, m7
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['m9', 'm7']);
      const size = part(el, 'page-size') as HTMLSelectElement;
      expect([...size.options].map((o) => o.value)).to.deep.equal(['2', '10', '20', '50', '100']);
      size.value = '10';
      size.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.pageSize).to.equal(10);
      expect(el.page).to.equal(1);
      expect(rowIds(el)).to.have.length(9);
    });

    it('keeps the filter on screen when no mission has the type', async () => {
      const el = await fromData(missionsFixture(MISSIONS.filter((m) => m.type !== 'engagement')));
      await chooseType(el, 'engagement');
      expect(el.state).to.equal('ready');
      expect(rowIds(el)).to.deep.equal([]);
      expect(table(el).querySelector('tbody')!.textContent).to.contain(
        'No “Engagement” mission in this period.',
      );
      expect(part(el, 'type-filter')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the empty state when there is no mission at all', async () => {
      const el = await fixture<MissionList>(
        html`<mission-list lang="en" .data=${emptyMissionsFixture()}></mission-list>`,
      );
      await settle(el, 'empty');
      expect(part(el, 'status')!.textContent.trim()).to.equal('No mission was validated in this period.');
      await expect(el).to.be.accessible();
    });

    it('reports an invalid payload naming the field, with data-error', async () => {
      const bad = missionsFixture() as unknown as { items: Record<string, unknown>[] };
      bad.items[2]!.type = 'quiz';
      const el = document.createElement('mission-list');
      el.lang = 'en';
      el.data = bad as never;
      const event = nextEvent(el, 'data-error');
      document.body.append(el);
      const { detail } = await event;
      expect(detail).to.include({ resource: 'missions', kind: 'invalid', status: 0 });
      await settle(el, 'error');
      expect(part(el, 'error-message')!.textContent).to.equal(
        'missions data: items[2].type must be one of classic, content, review, engagement, got "quiz"',
      );
      await expect(el).to.be.accessible();
      el.remove();
    });
  });

  describe('details', () => {
    it('is a button named after the mission that fires mission-select, bubbling and composed', async () => {
      const el = await fromData();
      const detail = parts(el, 'detail')[0]!;
      expect(detail.tagName).to.equal('BUTTON');
      expect(detail.getAttribute('aria-label')).to.equal('Details of Newsletter');
      const event = nextEvent(document.body, 'mission-select');
      detail.click();
      const fired = await event;
      expect(fired.detail).to.deep.equal({ id: 'm4' });
      expect(fired.composed).to.equal(true);
      expect(fired.cancelable).to.equal(true);
    });

    it('is a real link with the id URL-encoded when detail-href is set; cancelling the event cancels navigation', async () => {
      const data = missionsFixture([{ ...MISSIONS[0]!, id: 'a/b?c=1#d' }, ...MISSIONS.slice(1)]);
      const el = await fromData(data);
      el.detailHref = '/missions/{id}?tab=stats';
      await el.updateComplete;
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>(
        'tr[data-id="a/b?c=1#d"] a[part~="detail"]',
      )!;
      expect(link.getAttribute('href')).to.equal('/missions/a%2Fb%3Fc%3D1%23d?tab=stats');
      expect(link.getAttribute('aria-label')).to.equal('Details of First purchase');

      const prevented: boolean[] = [];
      const onClick = (e: MouseEvent) => {
        prevented.push(e.defaultPrevented);
        e.preventDefault(); // the test page must not navigate
      };
      document.addEventListener('click', onClick);
      const ids: string[] = [];
      el.addEventListener('mission-select', (e) => ids.push(e.detail.id));
      link.click();
      const cancel = (e: Event) => e.preventDefault();
      el.addEventListener('mission-select', cancel);
      link.click();
      el.removeEventListener('mission-select', cancel);
      document.removeEventListener('click', onClick);
      expect(ids).to.deep.equal(['a/b?c=1#d', 'a/b?c=1#d']);
      expect(prevented).to.deep.equal([false, true]);
      await expect(el).to.be.accessible();
    });

    it('refuses a javascript: template with a warning, and keeps a button', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await fixture<MissionList>(
          html`<mission-list
            lang="en"
            detail-href="javascript:alert('{id}')"
            .data=${missionsFixture()}
          ></mission-list>`,
        );
        await settle(el, 'ready');
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect(parts(el, 'detail')[0]!.tagName).to.equal('BUTTON');
        expect(warnings.map((w) => String(w[0]))).to.deep.equal([
          `<mission-list>: detail-href "javascript:alert('{id}')" is not an http(s) or relative URL; no link.`,
        ]);
      } finally {
        console.warn = warn;
      }
    });

    it('is reached by keyboard: Tab to the sort header, Enter sorts, Tab to a details button, Enter selects', async () => {
      const el = await fromData(missionsFixture(), { pageSize: 2 });
      (part(el, 'type-filter') as HTMLSelectElement).focus();
      await sendKeys({ press: 'Tab' }); // export button
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('csv-button');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('sort-button');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['m5', 'm7']);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['m4', 'm1']);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Details of Newsletter');
      const event = nextEvent(el, 'mission-select');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail.id).to.equal('m4');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' }); // page size select, then next page
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('page-next');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['m3', 'm8']);
    });
  });

  describe('from an endpoint', () => {
    it('asks missions with the period, type, sort, page and pageSize, then shows the page', async () => {
      const requests = stubFetch();
      const el = await fixture<MissionList>(
        html`<mission-list
          lang="en"
          endpoint="https://api.example.test/v1/"
          from="2026-11-01"
          to="2026-11-30"
          type="review"
          sort="popularity-asc"
          page-size="50"
        ></mission-list>`,
      );
      expect(el.state).to.equal('loading');
      expect(part(el, 'status')!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      const { url } = await request(requests, 1);
      expect(url.origin + url.pathname).to.equal('https://api.example.test/v1/missions');
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({
        from: '2026-11-01',
        to: '2026-11-30',
        type: 'review',
        sort: 'popularity-asc',
        page: '1',
        pageSize: '50',
      });
      requests[0]!.respond(json(missionsPage([MISSIONS[7]!, MISSIONS[2]!], 1, 50)));
      await settle(el, 'ready');
      expect(rowIds(el)).to.deep.equal(['m8', 'm3']); // as the server sent them
    });

    it('keeps the rows with aria-busy while the next page loads; changing the filter goes back to page 1', async () => {
      const requests = stubFetch();
      const el = await fixture<MissionList>(
        html`<mission-list
          lang="en"
          endpoint="/api"
          from="2026-11-01"
          to="2026-11-30"
          page-size="4"
        ></mission-list>`,
      );
      (await request(requests, 1)).respond(json(missionsPage(MISSIONS, 1, 4)));
      await settle(el, 'ready');
      expect(requests[0]!.url.searchParams.has('type')).to.equal(false);
      expect(requests[0]!.url.searchParams.get('sort')).to.equal('popularity-desc');
      expect(rowIds(el)).to.deep.equal(['m1', 'm2', 'm3', 'm4']);

      part(el, 'page-next')!.click();
      const second = await request(requests, 2);
      expect(second.url.searchParams.get('page')).to.equal('2');
      expect(second.url.searchParams.get('pageSize')).to.equal('4');
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect(rowIds(el)).to.deep.equal(['m1', 'm2', 'm3', 'm4']);
      expect(table(el).getAttribute('aria-busy')).to.equal('true');
      expect(part(el, 'status')).to.equal(null); // no skeleton
      await expect(el).to.be.accessible();
      second.respond(json(missionsPage(MISSIONS, 2, 4)));
      await settle(el, 'ready');
      expect(rowIds(el)).to.deep.equal(['m5', 'm6', 'm7', 'm8']);
      expect(table(el).getAttribute('aria-busy')).to.equal('false');
      expect(rangeText(el)).to.equal('5–8 of 9');

      await chooseType(el, 'content');
      const third = await request(requests, 3);
      expect(third.url.searchParams.get('type')).to.equal('content');
      expect(third.url.searchParams.get('page')).to.equal('1');
      third.respond(json(missionsPage([MISSIONS[1]!, MISSIONS[6]!], 1, 4)));
      await settle(el, 'ready');
      expect(rowIds(el)).to.deep.equal(['m2', 'm7']);

      part(el, 'sort-button')!.click();
      const fourth = await request(requests, 4);
      expect(fourth.url.searchParams.get('sort')).to.equal('popularity-asc');
      expect(fourth.url.searchParams.get('type')).to.equal('content');
    });

    it('shows a type with no mission inside the table, with the filter still there', async () => {
      stubFetch(() => json({ items: [], total: 0, page: 1, pageSize: 20 }));
      const el = await fixture<MissionList>(
        html`<mission-list lang="en" endpoint="/api" type="engagement"></mission-list>`,
      );
      await settle(el, 'ready');
      expect(shadowText(el)).to.contain('No “Engagement” mission in this period.');
      await chooseType(el, '');
      await settle(el, 'empty');
    });

    it('shows the problem detail of an HTTP error, fires data-error, retries', async () => {
      let fail = true;
      const requests = stubFetch(() =>
        fail
          ? json(
              { title: 'Unavailable', status: 503, detail: 'Statistics are being rebuilt' },
              503,
              'application/problem+json',
            )
          : json(missionsPage(MISSIONS, 1, 20)),
      );
      const el = document.createElement('mission-list');
      el.lang = 'en';
      el.endpoint = '/api';
      const event = nextEvent(document.body, 'data-error');
      document.body.append(el);
      expect((await event).detail).to.include({ status: 503, resource: 'missions', kind: 'http' });
      await settle(el, 'error');
      expect(part(el, 'error-message')!.textContent).to.equal(
        'missions: Statistics are being rebuilt (HTTP 503)',
      );
      await expect(el).to.be.accessible();
      fail = false;
      part(el, 'retry-button')!.click();
      await settle(el, 'ready');
      expect(requests).to.have.length(2);
      expect(rowIds(el)).to.have.length(9);
      el.remove();
    });

    it('is idle with neither endpoint nor data', async () => {
      const el = await fixture<MissionList>(html`<mission-list lang="en"></mission-list>`);
      await settle(el, 'idle');
      expect(shadowText(el)).to.contain('set the endpoint attribute or the data property');
    });
  });

  it('keeps user-written texts and ids as text', async () => {
    const data = missionsFixture([
      { id: XSS, type: 'content', title: XSS, description: XSS, validations: 3 },
    ]);
    const el = await fromData(data);
    el.detailHref = 'https://shop.test/m/{id}';
    await el.updateComplete;
    expect(part(el, 'title')!.textContent).to.equal(XSS);
    expect(part(el, 'description')!.textContent).to.equal(XSS);
    expect(part(el, 'detail')!.getAttribute('aria-label')).to.equal(`Details of ${XSS}`);
    expect(part(el, 'detail')!.getAttribute('href')).to.equal(
      `https://shop.test/m/${encodeURIComponent(XSS)}`,
    );
    expect(injected(el.shadowRoot!)).to.deep.equal([]);
    expect(window.__pwned).to.equal(undefined);
  });

  it('speaks French', async () => {
    const el = await fromData(missionsFixture(), { lang: 'fr' });
    const text = shadowText(el);
    expect(text).to.contain('Titre et description').and.contain('Popularité').and.contain('Tous les types');
    expect(parts(el, 'popularity')[0]!.textContent).to.match(/^1\s250$/);
    expect(parts(el, 'type')[0]!.textContent).to.equal('Classique');
    expect(parts(el, 'detail')[0]!.getAttribute('aria-label')).to.equal('Détails de « Newsletter »');
    expect(table(el).querySelector('caption')!.textContent).to.contain(
      'Missions et leurs validations, du 1 nov. 2026',
    );
    await expect(el).to.be.accessible();
  });

  it('passes axe in the dark theme', async () => {
    const el = await fromData(missionsFixture(), { theme: 'dark' });
    await expect(el).to.be.accessible();
  });

  describe('CSV export', () => {
    let downloads: ReturnType<typeof captureDownloads>;
    beforeEach(() => (downloads = captureDownloads()));
    afterEach(() => downloads.restore());

    it('from data: every filtered row in the table order, localised header, BOM, neutralised formulas', async () => {
      const data = missionsFixture([
        ...MISSIONS,
        {
          id: 'm10',
          type: 'review',
          title: '=HYPERLINK("http://evil.test")',
          description: 'a, "b"',
          validations: 150,
        },
      ]);
      const el = await fromData(data, { pageSize: 2 });
      await chooseType(el, 'review');
      part(el, 'sort-button')!.click();
      await el.updateComplete;
      part(el, 'csv-button')!.click();
      await waitUntil(() => downloads.count() === 1, 'no download');
      await el.updateComplete;
      const [file] = await downloads.files();
      expect(file!.filename).to.equal('missions-2026-11-01-2026-11-30.csv');
      expect([...file!.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(file!.text).to.equal(
        [
          'ID,Mission type,Title,Description,Validations in the period',
          'm8,Review,Review the shop,Rate your visit.,150',
          `m10,Review,"'=HYPERLINK(""http://evil.test"")","a, ""b""",150`,
          'm3,Review,Rate a product,Leave a review of 50 words.,230',
          '',
        ].join('\r\n'),
      );
      expect(part(el, 'export-status')!.textContent).to.equal('Exported 3 rows.');
    });

    it('in French, the header row is French', async () => {
      const el = await fromData(missionsFixture([MISSIONS[0]!]), { lang: 'fr' });
      part(el, 'csv-button')!.click();
      await waitUntil(() => downloads.count() === 1, 'no download');
      const [file] = await downloads.files();
      expect(file!.text.split('\r\n')[0]).to.equal(
        'Identifiant,Type de mission,Titre,Description,Validations sur la période',
      );
      expect(file!.text.split('\r\n')[1]).to.equal('m1,Classique,First purchase,Buy anything in store.,412');
    });

    it('from an endpoint: every page with the filter and sort, progress while it runs, then the file', async () => {
      const many: Mission[] = Array.from({ length: 250 }, (_, i) => ({
        id: `x${i + 1}`,
        type: 'content',
        title: `Mission ${i + 1}`,
        description: '',
        validations: 250 - i,
      }));
      const requests = stubFetch();
      const el = await fixture<MissionList>(
        html`<mission-list
          lang="en"
          endpoint="/api"
          from="2026-11-01"
          to="2026-11-30"
          type="content"
        ></mission-list>`,
      );
      (await request(requests, 1)).respond(json(missionsPage(many, 1, 20)));
      await settle(el, 'ready');

      part(el, 'csv-button')!.click();
      const page1 = await request(requests, 2);
      expect(Object.fromEntries(page1.url.searchParams)).to.deep.equal({
        from: '2026-11-01',
        to: '2026-11-30',
        type: 'content',
        sort: 'popularity-desc',
        page: '1',
        pageSize: '100',
      });
      await el.updateComplete;
      expect((part(el, 'csv-button') as HTMLButtonElement).disabled).to.equal(true);
      expect(part(el, 'export-status')!.textContent).to.equal('Preparing the export…');
      page1.respond(json(missionsPage(many, 1, 100)));
      const page2 = await request(requests, 3);
      expect(page2.url.searchParams.get('page')).to.equal('2');
      await el.updateComplete;
      expect(part(el, 'export-status')!.textContent).to.equal('Exporting page 1 of 3');
      expect((part(el, 'export-progress') as HTMLProgressElement).value).to.equal(1);
      expect((part(el, 'export-progress') as HTMLProgressElement).max).to.equal(3);
      await expect(el).to.be.accessible();
      page2.respond(json(missionsPage(many, 2, 100)));
      (await request(requests, 4)).respond(json(missionsPage(many, 3, 100)));
      await waitUntil(() => downloads.count() === 1, 'no download');
      const [file] = await downloads.files();
      const lines = file!.text.split('\r\n');
      expect(lines).to.have.length(252); // header, 250 rows, final CRLF
      expect(lines[1]).to.equal('x1,Content,Mission 1,,250');
      expect(lines[250]).to.equal('x250,Content,Mission 250,,1');
      await el.updateComplete;
      expect(part(el, 'export-status')!.textContent).to.equal('Exported 250 rows.');
      expect((part(el, 'csv-button') as HTMLButtonElement).disabled).to.equal(false);
    });

    it('an export page that fails is shown and fired as data-error; the table stays', async () => {
      const requests = stubFetch((url) =>
        url.searchParams.get('pageSize') === '100'
          ? json({ title: 'Too many requests', status: 429 }, 429, 'application/problem+json')
          : json(missionsPage(MISSIONS, 1, 20)),
      );
      const el = await fixture<MissionList>(html`<mission-list lang="en" endpoint="/api"></mission-list>`);
      await settle(el, 'ready');
      const event = nextEvent(el, 'data-error');
      part(el, 'csv-button')!.click();
      expect((await event).detail).to.include({ resource: 'missions', status: 429, kind: 'http' });
      await el.updateComplete;
      expect(part(el, 'export-error')!.textContent).to.equal(
        'The export failed: missions: Too many requests (HTTP 429)',
      );
      expect(part(el, 'export-error')!.getAttribute('role')).to.equal('alert');
      expect(el.state).to.equal('ready');
      expect(downloads.count()).to.equal(0);
      expect(requests).to.have.length(2);
      await expect(el).to.be.accessible();
    });
  });
});
