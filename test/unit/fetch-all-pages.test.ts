import { expect } from '@open-wc/testing';
import { leaderboardResponse, missionsResponse, type LeaderboardEntry } from '../../src/data/contract.js';
import { MissionDataError } from '../../src/data/errors.js';
import { fetchAllPages, PageLimitError, type PageProgress } from '../../src/data/fetch-all-pages.js';
import { json, restoreFetch, stubFetch } from '../fixtures/fetch-stub.js';
import { generatedLeader, generatedPage } from '../fixtures/leaderboard.js';
import { MISSIONS, missionsPage } from '../fixtures/missions.js';

function pageOf(url: URL): { page: number; pageSize: number } {
  return { page: Number(url.searchParams.get('page')), pageSize: Number(url.searchParams.get('pageSize')) };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('fetchAllPages', () => {
  afterEach(restoreFetch);

  it('asks every page in order with the query, and returns every item once', async () => {
    const requests = stubFetch((url) => {
      const { page, pageSize } = pageOf(url);
      return json(generatedPage(250, page, pageSize));
    });
    const progress: PageProgress[] = [];
    const items = await fetchAllPages<LeaderboardEntry>({
      endpoint: 'https://api.test/v1/',
      resource: 'leaderboard',
      schema: leaderboardResponse,
      query: { from: '2026-11-01', to: '2026-11-30' },
      pageSize: 100,
      maxPages: 10,
      signal: new AbortController().signal,
      onProgress: (p) => progress.push(p),
    });
    expect(requests.map((r) => r.url.href)).to.deep.equal(
      [1, 2, 3].map(
        (page) => `https://api.test/v1/leaderboard?from=2026-11-01&page=${page}&pageSize=100&to=2026-11-30`,
      ),
    );
    expect(items).to.have.length(250);
    expect(items[0]).to.deep.equal(generatedLeader(0, 250));
    expect(items[249]!.customer.id).to.equal('c-250');
    expect(progress).to.deep.equal([
      { page: 1, pages: 3 },
      { page: 2, pages: 3 },
      { page: 3, pages: 3 },
    ]);
  });

  it('uses the page size the server answered with to count pages', async () => {
    // The server caps pages at 4 rows whatever is asked.
    const requests = stubFetch((url) => json(missionsPage(MISSIONS, pageOf(url).page, 4)));
    const items = await fetchAllPages({
      endpoint: '/api',
      resource: 'missions',
      schema: missionsResponse,
      query: { type: undefined, sort: 'popularity-asc' },
      pageSize: 100,
      maxPages: 10,
      signal: new AbortController().signal,
    });
    expect(requests).to.have.length(3); // 9 missions / 4
    expect(requests[0]!.url.searchParams.get('sort')).to.equal('popularity-asc');
    expect(requests[0]!.url.searchParams.has('type')).to.equal(false);
    expect(items.map((m) => m.id)).to.deep.equal(MISSIONS.map((m) => m.id));
  });

  it('gives one request for an empty resource', async () => {
    const requests = stubFetch(() => json({ items: [], total: 0, page: 1, pageSize: 100 }));
    const items = await fetchAllPages({
      endpoint: '/api',
      resource: 'leaderboard',
      schema: leaderboardResponse,
      query: {},
      pageSize: 100,
      maxPages: 1,
      signal: new AbortController().signal,
    });
    expect(items).to.deep.equal([]);
    expect(requests).to.have.length(1);
  });

  it('refuses beyond the page cap after the first page, naming both numbers', async () => {
    const requests = stubFetch((url) => json(generatedPage(100_001, pageOf(url).page, 100)));
    const error = await rejection(
      fetchAllPages({
        endpoint: '/api',
        resource: 'leaderboard',
        schema: leaderboardResponse,
        query: {},
        pageSize: 100,
        maxPages: 1000,
        signal: new AbortController().signal,
      }),
    );
    expect(error).to.be.instanceOf(PageLimitError);
    expect(error).to.include({ pages: 1001, maxPages: 1000, kind: 'config', resource: 'leaderboard' });
    expect((error as Error).message).to.equal(
      'leaderboard: 1001 pages to fetch, more than the limit of 1000; narrow the period or the filter',
    );
    expect(requests).to.have.length(1);
  });

  it('stops at once when aborted, with the abort reason', async () => {
    const requests = stubFetch();
    const controller = new AbortController();
    const pending = fetchAllPages({
      endpoint: '/api',
      resource: 'leaderboard',
      schema: leaderboardResponse,
      query: {},
      pageSize: 2,
      maxPages: 10,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    requests[0]!.respond(json(generatedPage(6, 1, 2)));
    const error = await rejection(pending);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(requests).to.have.length(1);
  });

  it('rejects with the field path when a later page is invalid', async () => {
    stubFetch((url) => {
      const page = generatedPage(5, pageOf(url).page, 2);
      if (page.page === 2) (page.items[1] as unknown as { total: string }).total = '7';
      return json(page);
    });
    const error = await rejection(
      fetchAllPages({
        endpoint: '/api',
        resource: 'leaderboard',
        schema: leaderboardResponse,
        query: {},
        pageSize: 2,
        maxPages: 10,
        signal: new AbortController().signal,
      }),
    );
    expect(error).to.be.instanceOf(MissionDataError);
    expect((error as Error).message).to.equal(
      'leaderboard: items[1].total must be a non-negative integer, got "7"',
    );
  });

  it('passes HTTP errors on', async () => {
    stubFetch((url) =>
      pageOf(url).page === 1
        ? json(generatedPage(5, 1, 2))
        : json({ title: 'Busy', status: 503 }, 503, 'application/problem+json'),
    );
    const error = await rejection(
      fetchAllPages({
        endpoint: '/api',
        resource: 'leaderboard',
        schema: leaderboardResponse,
        query: {},
        pageSize: 2,
        maxPages: 10,
        signal: new AbortController().signal,
      }),
    );
    expect(error).to.include({ kind: 'http', status: 503, message: 'leaderboard: Busy (HTTP 503)' });
  });

  it('skips an item already seen when rows shift between pages, and stops at an empty page', async () => {
    let call = 0;
    stubFetch((url) => {
      call++;
      const { page } = pageOf(url);
      // A customer moved up between page 1 and page 2: c-2 shows again on page 2; page 3 came back empty.
      if (page === 1) return json({ ...generatedPage(6, 1, 2), total: 6 });
      if (page === 2)
        return json({
          items: [generatedLeader(1, 6), generatedLeader(2, 6)],
          total: 6,
          page: 2,
          pageSize: 2,
        });
      return json({ items: [], total: 4, page, pageSize: 2 });
    });
    const items = await fetchAllPages<LeaderboardEntry>({
      endpoint: '/api',
      resource: 'leaderboard',
      schema: leaderboardResponse,
      query: {},
      pageSize: 2,
      maxPages: 10,
      signal: new AbortController().signal,
      keyOf: (entry) => entry.customer.id,
    });
    expect(items.map((e) => e.customer.id)).to.deep.equal(['c-1', 'c-2', 'c-3']);
    expect(call).to.equal(3);
  });
});
