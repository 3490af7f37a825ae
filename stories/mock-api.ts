/**
 * A story-only API, installed once through the library's own transport hook
 * (`configureMissionWidgets({ fetch })`), the way a page would add a token.
 * Nothing leaves the browser: every `/story-api/{scenario}/{resource}` request
 * is answered here, anything else goes to the real `fetch`.
 *
 * | endpoint                | answer                                                      |
 * |-------------------------|-------------------------------------------------------------|
 * | `/story-api/ok`         | `summary`: the November 2026 fixture                        |
 * | `/story-api/empty`      | `summary`: no validation in either period                   |
 * | `/story-api/slow`       | never answers (loading state; the widget's timeout applies) |
 * | `/story-api/error`      | 500 `application/problem+json` with a `detail`              |
 * | `/story-api/invalid`    | 200 with a field of the wrong type                          |
 * | `/story-api/flaky`      | fails, then succeeds: the retry button recovers             |
 *
 * `ok`, `empty`, `invalid` and `flaky` answer `impact` and `audience` the same way (test/fixtures).
 * They also answer `missions` (nine missions, filtered, sorted and paged from the query)
 * and `leaderboard` (100,000 generated customers, paged from the query).
 */
import { configureMissionWidgets } from '../src/data/config.js';
import type { SummaryResponse } from '../src/data/contract.js';
import { emptySummaryFixture, summaryFixture } from '../test/fixtures/summary.js';
import { emptyImpactFixture, impactFixture } from '../test/fixtures/impact.js';
import { audienceFixture, emptyAudienceFixture } from '../test/fixtures/audience.js';
import { MISSIONS, emptyMissionsFixture } from '../test/fixtures/missions.js';
import { emptyLeaderboardFixture, generatedPage } from '../test/fixtures/leaderboard.js';
import { dailyFixture, emptyDailyFixture, seededDaily } from '../test/fixtures/daily.js';
import { missionDetailFixture } from '../test/fixtures/mission-detail.js';
import { queryMissions } from '../src/metrics/missions.js';
import { MISSION_SORTS, MISSION_TYPES } from '../src/data/contract.js';

/** The period of the fixtures: stories set it so labels match the figures. */
export const FIXTURE_PERIOD = { from: '2026-11-01', to: '2026-11-30' } as const;

export const STORY_API = {
  ok: '/story-api/ok',
  empty: '/story-api/empty',
  slow: '/story-api/slow',
  error: '/story-api/error',
  invalid: '/story-api/invalid',
  flaky: '/story-api/flaky',
} as const;

/** A programme launched this period: nobody enrolled and nothing validated before it. */
export function newProgrammeFixture(): SummaryResponse {
  const zero = { classic: 0, content: 0, review: 0, engagement: 0 };
  return summaryFixture({
    previous: { validatedMissions: 0, engagedCustomers: 0, customers: 0, activeMissions: 0, byType: zero },
  });
}

/** Short delay so the loading state is visible for a moment, as with a real server. */
const LATENCY_MS = 250;

function json(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

function problem(status: number, title: string, detail: string): Response {
  return json({ type: 'about:blank', title, status, detail }, status, 'application/problem+json');
}

/** Requests seen per flaky resource: odd ones fail, even ones succeed. */
const flakyCount = new Map<string, number>();

function answer(scenario: string, resource: string): Response | undefined {
  switch (`${scenario}/${resource}`) {
    case 'ok/summary':
      return json(summaryFixture());
    case 'empty/summary':
      return json(emptySummaryFixture());
    case 'invalid/summary': {
      const payload = summaryFixture();
      // A count sent as a string: the widget must name the field, not render "NaN".
      return json({ ...payload, current: { ...payload.current, engagedCustomers: '612' } });
    }
    case 'flaky/summary': {
      const seen = (flakyCount.get(resource) ?? 0) + 1;
      flakyCount.set(resource, seen);
      return seen % 2 === 1
        ? problem(503, 'Service Unavailable', 'The statistics are being recomputed; try again.')
        : json(summaryFixture());
    }
    // impact and audience (<mission-impact-table>, <mission-insights>, <mission-audience-chart>)
    case 'ok/impact':
      return json(impactFixture());
    case 'empty/impact':
      return json(emptyImpactFixture());
    case 'invalid/impact':
      // A currency that is not an ISO 4217 code: the widget names the field.
      return json({ ...impactFixture(), currency: 'euros' });
    case 'ok/audience':
      return json(audienceFixture());
    case 'empty/audience':
      return json(emptyAudienceFixture());
    case 'invalid/audience': {
      const payload = audienceFixture();
      return json({ ...payload, age: { ...payload.age, unknown: -3 } });
    }
    // daily (<mission-daily-chart>)
    case 'ok/daily':
      return json(seededDaily(30, 1, '2026-11-30'));
    case 'empty/daily':
      return json(emptyDailyFixture());
    case 'invalid/daily':
      return json({
        ...dailyFixture(),
        days: [{ date: '2026-11-01', byType: { classic: '3', content: 1, review: 0, engagement: 2 } }],
      });
    case 'flaky/impact':
    case 'flaky/audience': {
      const seen = (flakyCount.get(resource) ?? 0) + 1;
      flakyCount.set(resource, seen);
      return seen % 2 === 1
        ? problem(503, 'Service Unavailable', 'The statistics are being recomputed; try again.')
        : json(resource === 'impact' ? impactFixture() : audienceFixture());
    }
  }
  // missions/{id} (<mission-detail>): any id but m404 exists.
  if (scenario === 'ok' && resource.startsWith('missions/') && resource !== 'missions/m404') {
    return json(missionDetailFixture());
  }
  if (scenario === 'slow') return undefined;
  if (scenario === 'error') {
    return problem(500, 'Internal Server Error', 'The statistics database did not answer in time.');
  }
  return problem(404, 'Not Found', `The story API has no "${resource}" resource for "${scenario}".`);
}

/** Customers of the story leaderboard: enough to page through and to export with progress. */
const STORY_CUSTOMERS = 100_000;

/** `missions` and `leaderboard` (<mission-list>, <mission-leaderboard>): their answer depends on the query. */
function pagedAnswer(scenario: string, resource: string, query: URLSearchParams): Response | undefined {
  if (resource !== 'missions' && resource !== 'leaderboard') return undefined;
  const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
  const pageSize = Math.min(100, Math.max(1, Number(query.get('pageSize') ?? 20) || 20));
  const ok = (): Response => {
    if (resource === 'leaderboard') return json(generatedPage(STORY_CUSTOMERS, page, pageSize));
    const type = MISSION_TYPES.find((t) => t === query.get('type'));
    const sort = MISSION_SORTS.find((s) => s === query.get('sort')) ?? 'popularity-desc';
    return json(queryMissions(MISSIONS, { type, sort, page, pageSize }));
  };
  switch (scenario) {
    case 'ok':
      return ok();
    case 'empty':
      return json(resource === 'missions' ? emptyMissionsFixture() : emptyLeaderboardFixture());
    case 'invalid':
      // A mission type the contract does not know / a rank of 0: the widget names the field.
      return resource === 'missions'
        ? json({ ...emptyMissionsFixture(), total: 1, items: [{ ...MISSIONS[0], type: 'quiz' }] })
        : json({
            ...generatedPage(STORY_CUSTOMERS, 1, pageSize),
            items: [{ ...generatedPage(3, 1, 1).items[0], rank: 0 }],
          });
    case 'flaky': {
      const seen = (flakyCount.get(resource) ?? 0) + 1;
      flakyCount.set(resource, seen);
      return seen % 2 === 1
        ? problem(503, 'Service Unavailable', 'The statistics are being recomputed; try again.')
        : ok();
    }
  }
  return undefined;
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error
    ? signal.reason
    : new DOMException('The request was aborted.', 'AbortError');
}

const realFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

export const storyFetch: typeof fetch = (input, init) => {
  const href = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
  const url = new URL(href, document.baseURI);
  const match = /^\/story-api\/([^/]+)\/(.+)$/.exec(url.pathname);
  if (!match || url.origin !== location.origin) return realFetch(input, init);
  const [, scenario = '', resource = ''] = match;
  const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);

  return new Promise<Response>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const response = pagedAnswer(scenario, resource, url.searchParams) ?? answer(scenario, resource);
    // `slow` never settles unless aborted (the widget's own timeout or leaving the page).
    const timer = response ? setTimeout(() => resolve(response), LATENCY_MS) : undefined;
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(abortReason(signal));
      },
      { once: true },
    );
  });
};

let installed = false;

/** Routes the widgets' requests to the story API. Idempotent. */
export function installStoryApi(): void {
  if (installed) return;
  installed = true;
  configureMissionWidgets({ fetch: storyFetch });
}
