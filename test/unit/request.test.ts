import { expect } from '@open-wc/testing';
import type { ResolvedConfig } from '../../src/data/config.js';
import { MissionDataError } from '../../src/data/errors.js';
import { fetchJson, resourceUrl } from '../../src/data/request.js';

describe('resourceUrl', () => {
  it('joins endpoint and resource, with query keys sorted', () => {
    expect(
      resourceUrl('https://api.example.com/v1', 'summary', {
        to: '2026-03-31',
        from: '2026-03-01',
        type: 'review',
      }),
    ).to.equal('https://api.example.com/v1/summary?from=2026-03-01&to=2026-03-31&type=review');
  });

  it('gives the same URL whatever the order of the query keys', () => {
    const a = resourceUrl('https://x.test/api', 'missions', {
      page: 2,
      pageSize: 20,
      sort: 'popularity-desc',
      from: '2026-01-01',
    });
    const b = resourceUrl('https://x.test/api', 'missions', {
      from: '2026-01-01',
      sort: 'popularity-desc',
      pageSize: 20,
      page: 2,
    });
    expect(a).to.equal(b);
    expect(a).to.equal('https://x.test/api/missions?from=2026-01-01&page=2&pageSize=20&sort=popularity-desc');
  });

  it('drops undefined and empty values, keeps 0', () => {
    expect(
      resourceUrl('https://x.test', 'missions', { type: undefined, sort: '', page: 0, from: '2026-01-01' }),
    ).to.equal('https://x.test/missions?from=2026-01-01&page=0');
    expect(resourceUrl('https://x.test', 'summary', {})).to.equal('https://x.test/summary');
  });

  it('removes trailing slashes of the endpoint', () => {
    expect(resourceUrl('https://x.test/api/', 'daily', {})).to.equal('https://x.test/api/daily');
    expect(resourceUrl('https://x.test/api///', 'daily', {})).to.equal('https://x.test/api/daily');
    expect(resourceUrl('https://x.test/', 'daily', {})).to.equal('https://x.test/daily');
  });

  it('keeps the resource path as given (ids are encoded by callers)', () => {
    expect(resourceUrl('https://x.test/api', 'missions/m%2F1', {})).to.equal(
      'https://x.test/api/missions/m%2F1',
    );
  });

  it('encodes query values', () => {
    expect(resourceUrl('https://x.test', 'missions', { q: 'a&b=c d' })).to.equal(
      'https://x.test/missions?q=a%26b%3Dc+d',
    );
  });

  it('resolves a relative endpoint against the document', () => {
    expect(resourceUrl('/api/missions', 'summary', { from: '2026-03-01' })).to.equal(
      `${location.origin}/api/missions/summary?from=2026-03-01`,
    );
    const directory = location.pathname.replace(/[^/]*$/, '');
    expect(resourceUrl('api', 'summary', {})).to.equal(`${location.origin}${directory}api/summary`);
  });

  // Regression (fixed): an endpoint that carries a query string gets the resource appended to its query, not to its path:
  // resourceUrl('https://x.test/api?tenant=1', 'summary', { from: '2026-01-01' }) gives
  // 'https://x.test/api?tenant=1%2Fsummary&from=2026-01-01' (the request goes to /api, tenant is "1/summary").
  // The resource should be joined to the URL's pathname, keeping the endpoint's own query parameters.
  it('an endpoint with its own query keeps it, and the resource goes in the path', () => {
    const url = new URL(resourceUrl('https://x.test/api?tenant=1', 'summary', { from: '2026-01-01' }));
    expect(url.pathname).to.equal('/api/summary');
    expect(url.searchParams.get('tenant')).to.equal('1');
    expect(url.searchParams.get('from')).to.equal('2026-01-01');
  });

  it('throws a config error for an invalid endpoint', () => {
    for (const endpoint of ['http://[oops', 'https://:80', 'http://exa%mple.com']) {
      let error: unknown;
      try {
        resourceUrl(endpoint, 'summary', {});
      } catch (thrown) {
        error = thrown;
      }
      expect(error, endpoint).to.be.instanceOf(MissionDataError);
      const e = error as MissionDataError;
      expect(e.kind).to.equal('config');
      expect(e.resource).to.equal('summary');
      expect(e.message).to.equal(`endpoint "${endpoint}" is not a valid URL`);
    }
  });
});

// ------------------------------------------------------------------ fetchJson

type FetchCall = { url: string; init: RequestInit };

function config(
  fetchImpl: (url: string, init: RequestInit) => Response | Promise<Response>,
  extra: Partial<ResolvedConfig> = {},
) {
  const calls: FetchCall[] = [];
  const resolved: ResolvedConfig = {
    fetch: (url: RequestInfo | URL, init?: RequestInit) => {
      const href = url instanceof Request ? url.url : url instanceof URL ? url.href : url;
      calls.push({ url: href, init: init ?? {} });
      return Promise.resolve(fetchImpl(href, init ?? {}));
    },
    credentials: 'same-origin',
    headers: {},
    timeout: 5_000,
    cacheTtl: 0,
    ...extra,
  };
  return { config: resolved, calls };
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  });

/** A fetch that never answers, but rejects with the signal's reason when aborted (as fetch does). */
const hangingFetch = (_url: string, init: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    const signal = init.signal!;
    const reason = () => (signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason)));
    if (signal.aborted) reject(reason());
    signal.addEventListener('abort', () => reject(reason()), { once: true });
  });

/** A 200 whose body starts but never ends; like fetch, the body fails with the signal's reason on abort. */
function stalledBody(signal: AbortSignal): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"current":'));
      signal.addEventListener('abort', () => controller.error(signal.reason), { once: true });
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  expect.fail('should have failed');
}

const URL_ = 'https://x.test/summary?from=2026-03-01';

describe('fetchJson', () => {
  it('returns the parsed JSON of a 200', async () => {
    const { config: c, calls } = config(() => json({ ok: [1, 2] }));
    expect(await fetchJson(URL_, 'summary', new AbortController().signal, c)).to.deep.equal({ ok: [1, 2] });
    expect(calls).to.have.length(1);
    expect(calls[0]!.url).to.equal(URL_);
    expect(calls[0]!.init.method).to.equal('GET');
  });

  it('passes headers, Accept and credentials from the config', async () => {
    const { config: c, calls } = config(() => json({}), {
      credentials: 'include',
      headers: { Authorization: 'Bearer abc', 'X-Tenant': 'shop-1' },
    });
    await fetchJson(URL_, 'summary', new AbortController().signal, c);
    const init = calls[0]!.init;
    expect(init.credentials).to.equal('include');
    const headers = new Headers(init.headers);
    expect(headers.get('authorization')).to.equal('Bearer abc');
    expect(headers.get('x-tenant')).to.equal('shop-1');
    expect(headers.get('accept')).to.equal('application/json');
    expect(init.signal).to.be.instanceOf(AbortSignal);
  });

  it('a 500 with problem+json: the detail, the status, kind http', async () => {
    const { config: c } = config(() =>
      json(
        {
          type: 'about:blank',
          title: 'Internal Server Error',
          status: 500,
          detail: 'The database is unavailable',
        },
        {
          status: 500,
          statusText: 'Internal Server Error',
          headers: { 'content-type': 'application/problem+json' },
        },
      ),
    );
    const error = (await failure(
      fetchJson(URL_, 'summary', new AbortController().signal, c),
    )) as MissionDataError;
    expect(error).to.be.instanceOf(MissionDataError);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(500);
    expect(error.resource).to.equal('summary');
    expect(error.message).to.contain('The database is unavailable');
    expect(error.message).to.contain('(HTTP 500)');
    expect(error.message).to.equal('summary: The database is unavailable (HTTP 500)');
  });

  it('a problem without detail falls back to its title', async () => {
    const { config: c } = config(() =>
      json(
        { title: 'Invalid period' },
        { status: 400, headers: { 'content-type': 'application/problem+json; charset=utf-8' } },
      ),
    );
    const error = (await failure(
      fetchJson(URL_, 'daily', new AbortController().signal, c),
    )) as MissionDataError;
    expect(error.message).to.equal('daily: Invalid period (HTTP 400)');
    expect(error.status).to.equal(400);
  });

  it('a 404 that is not a problem: the status text', async () => {
    const { config: c } = config(
      () =>
        new Response('<h1>Not here</h1>', {
          status: 404,
          statusText: 'Not Found',
          headers: { 'content-type': 'text/html' },
        }),
    );
    const error = (await failure(
      fetchJson(URL_, 'missions', new AbortController().signal, c),
    )) as MissionDataError;
    expect(error).to.be.instanceOf(MissionDataError);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.message).to.equal('missions: Not Found (HTTP 404)');
  });

  it('an error without status text nor problem says "request failed"', async () => {
    const { config: c } = config(
      () =>
        new Response('{not json', { status: 502, headers: { 'content-type': 'application/problem+json' } }),
    );
    const error = (await failure(
      fetchJson(URL_, 'impact', new AbortController().signal, c),
    )) as MissionDataError;
    expect(error.message).to.equal('impact: request failed (HTTP 502)');
    expect(error.status).to.equal(502);
  });

  it('invalid JSON in a 200: kind parse', async () => {
    const { config: c } = config(
      () => new Response('<html>', { status: 200, headers: { 'content-type': 'text/html' } }),
    );
    const error = (await failure(
      fetchJson(URL_, 'summary', new AbortController().signal, c),
    )) as MissionDataError;
    expect(error).to.be.instanceOf(MissionDataError);
    expect(error.kind).to.equal('parse');
    expect(error.status).to.equal(200);
    expect(error.message).to.equal('summary: the answer is not valid JSON');
  });

  it('a network failure (TypeError): kind network', async () => {
    const { config: c } = config(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = (await failure(
      fetchJson(URL_, 'summary', new AbortController().signal, c),
    )) as MissionDataError;
    expect(error).to.be.instanceOf(MissionDataError);
    expect(error.kind).to.equal('network');
    expect(error.status).to.equal(0);
    expect(error.message).to.equal('summary: the server could not be reached');
  });

  it('no answer within config.timeout: kind timeout, and the fetch was aborted', async () => {
    const { config: c, calls } = config(hangingFetch, { timeout: 5 });
    const error = (await failure(
      fetchJson(URL_, 'leaderboard', new AbortController().signal, c),
    )) as MissionDataError;
    expect(error).to.be.instanceOf(MissionDataError);
    expect(error.kind).to.equal('timeout');
    expect(error.resource).to.equal('leaderboard');
    expect(error.message).to.match(/^leaderboard: no answer after /);
    expect(calls[0]!.init.signal!.aborted).to.equal(true);
  });

  it("the caller's abort is rethrown as an AbortError, not a MissionDataError", async () => {
    const { config: c, calls } = config(hangingFetch);
    const controller = new AbortController();
    const pending = failure(fetchJson(URL_, 'summary', controller.signal, c));
    controller.abort();
    const error = await pending;
    expect(error).not.to.be.instanceOf(MissionDataError);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(calls[0]!.init.signal!.aborted).to.equal(true);
  });

  it("the caller's abort while the body is read is an AbortError too", async () => {
    const controller = new AbortController();
    const { config: c } = config((_url, init) => stalledBody(init.signal!));
    const pending = failure(fetchJson(URL_, 'summary', controller.signal, c));
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const error = await pending;
    expect(error).not.to.be.instanceOf(MissionDataError);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  // Regression (fixed): the timeout also aborts the reading of the body (fetch errors the body stream with the
  // signal's reason, a TimeoutError), but fetchJson then reports kind 'parse',
  // "summary: the answer is not valid JSON", instead of kind 'timeout'. Failing input: a 200 whose
  // headers arrive in time but whose body is still streaming when config.timeout (here 20 ms) elapses.
  it('a body still streaming at the timeout is a timeout, not invalid JSON', async () => {
    const { config: c } = config((_url, init) => stalledBody(init.signal!), { timeout: 20 });
    const error = (await failure(
      fetchJson(URL_, 'summary', new AbortController().signal, c),
    )) as MissionDataError;
    expect(error).to.be.instanceOf(MissionDataError);
    expect(error.kind).to.equal('timeout');
  });

  it('a caller already aborted: AbortError', async () => {
    const { config: c } = config(hangingFetch);
    const error = await failure(fetchJson(URL_, 'summary', AbortSignal.abort(), c));
    expect(error).not.to.be.instanceOf(MissionDataError);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
