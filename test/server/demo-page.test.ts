/**
 * End to end: the demo page (`npm start`) against the real server on a small
 * seeded PGlite, in Debian's Chromium. Every widget reaches its ready state,
 * a period change asks each resource once, and a mission's detail opens.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openPglite, type Database } from '../../server/db.ts';
import { migrate } from '../../server/migrate.ts';
import { seed } from '../../server/seed.ts';
import { startDemo, type Demo } from '../../scripts/demo.ts';

const WIDGETS =
  'mission-kpis, mission-type-donut, mission-insights, mission-daily-chart, mission-list, mission-detail, mission-impact-table, mission-leaderboard, mission-audience-chart';

// Possibly unset when `before` failed half way: `after` still closes what was opened.
let db: Database | undefined;
let demo: Demo | undefined;
let browser: Browser | undefined;
let page: Page;
const apiRequests: string[] = [];
const pageErrors: string[] = [];

before(async () => {
  const database = await openPglite();
  db = database;
  await migrate(database);
  await seed(database, { customers: 400, validations: 4000, days: 120, end: '2026-12-04', seed: 7 });
  demo = await startDemo(database, 0);
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) apiRequests.push(`${url.pathname}?${url.searchParams.toString()}`);
  });
});

after(async () => {
  await browser?.close();
  await demo?.close();
  await db?.close();
});

/** `state` of every widget on the page, in document order. */
function states(): Promise<string[]> {
  return page.$$eval(WIDGETS, (elements) =>
    elements.map((el) => `${el.tagName.toLowerCase()}:${(el as HTMLElement & { state: string }).state}`),
  );
}

test(
  'every widget of the demo page reaches its ready state on the real server',
  { timeout: 120_000 },
  async () => {
    await page.goto(demo!.url);
    await page.waitForFunction(
      (selector) =>
        [...document.querySelectorAll(selector)].every((el) => {
          const state = (el as HTMLElement & { state?: string }).state;
          return state === 'ready' || (el.tagName === 'MISSION-DETAIL' && state === 'idle');
        }),
      WIDGETS,
      { timeout: 90_000 },
    );
    const seen = await states();
    assert.equal(seen.length, 11);
    assert.deepEqual(
      seen.filter((s) => !s.endsWith(':ready')),
      ['mission-detail:idle'],
    );
    assert.deepEqual(pageErrors, []);
  },
);

test('a period preset asks each resource once', { timeout: 60_000 }, async () => {
  apiRequests.length = 0;
  await page.evaluate(() => {
    const dashboard = document.querySelector('mission-dashboard')!;
    const select = dashboard.shadowRoot!.querySelector<HTMLSelectElement>('[part~="period-preset"]')!;
    select.value = '7';
    select.dispatchEvent(new Event('change'));
  });
  await page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every((el) => {
        const state = (el as HTMLElement & { state?: string }).state;
        return state === 'ready' || state === 'idle';
      }),
    WIDGETS,
  );
  const resources = apiRequests.map((path) => path.split('?')[0]).sort();
  // summary (KPIs, donut, insights), daily, missions, impact (table, insights), leaderboard, audience (3 charts).
  assert.deepEqual(resources, [
    '/api/audience',
    '/api/daily',
    '/api/impact',
    '/api/leaderboard',
    '/api/missions',
    '/api/summary',
  ]);
  for (const path of apiRequests) assert.match(path, /from=\d{4}-\d{2}-\d{2}/);
});

test("a mission's detail icon opens it in <mission-detail>", { timeout: 60_000 }, async () => {
  await page.evaluate(() => {
    const list = document.querySelector('mission-list')!;
    list.shadowRoot!.querySelector<HTMLElement>('[part~="detail"]')!.click();
  });
  await page.waitForFunction(
    () => (document.querySelector('mission-detail') as HTMLElement & { state: string }).state === 'ready',
  );
  const title = await page.$eval(
    'mission-detail',
    (el) => el.shadowRoot!.querySelector('[part~="title"]')!.textContent,
  );
  assert.ok(title && title.trim().length > 0);
});
