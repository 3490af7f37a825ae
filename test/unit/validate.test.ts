import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  audienceResponse,
  dailyResponse,
  impactResponse,
  isCalendarDate,
  leaderboardResponse,
  missionDetailResponse,
  missionsResponse,
  RESOURCE_SCHEMAS,
  summaryResponse,
  type SummaryResponse,
} from '../../src/data/contract.js';
import { MissionDataError } from '../../src/data/errors.js';
import { validate } from '../../src/data/validate.js';

// ------------------------------------------------------------------ fixtures

const byType = () => ({ classic: 50, content: 30, review: 25, engagement: 15 });

const summaryFixture = (): SummaryResponse => ({
  current: {
    from: '2026-03-01',
    to: '2026-03-31',
    validatedMissions: 120,
    engagedCustomers: 45,
    customers: 300,
    activeMissions: 8,
    byType: byType(),
  },
  previous: {
    from: '2026-01-29',
    to: '2026-02-28',
    validatedMissions: 100,
    engagedCustomers: 50,
    customers: 280,
    activeMissions: 7,
    byType: { classic: 40, content: 30, review: 20, engagement: 10 },
  },
});

const dailyFixture = () => ({
  from: '2024-02-28',
  to: '2024-03-01',
  days: [
    { date: '2024-02-28', byType: byType() },
    { date: '2024-02-29', byType: { classic: 0, content: 0, review: 0, engagement: 0 } },
    { date: '2024-03-01', byType: byType() },
  ],
});

const missionsFixture = () => ({
  items: [
    { id: 'm1', type: 'classic', title: 'First order', description: 'Place an order', validations: 40 },
    { id: 'm2', type: 'content', title: 'Photo', description: '<b>not html</b>', validations: 12 },
    { id: 'm3', type: 'review', title: 'Review', description: '', validations: 0 },
    { id: 'm4', type: 'engagement', title: 'Follow us', description: 'On Instagram', validations: 3 },
  ],
  total: 4,
  page: 1,
  pageSize: 20,
});

const missionDetailFixture = () => ({
  mission: { id: 'm2', type: 'content', title: 'Photo', description: 'Share a photo', active: true },
  current: { validations: 12, customers: 9 },
  previous: { validations: 0, customers: 0 },
  days: [
    { date: '2026-03-01', validations: 5 },
    { date: '2026-03-02', validations: 7 },
  ],
});

const impactFixture = () => ({
  currency: 'EUR',
  rows: [
    { k: 0, customers: 200, orders: 210, revenue: 10500 },
    { k: 1, customers: 60, orders: 90, revenue: 5400.5 },
    { k: 2, customers: 25, orders: 50, revenue: 3100 },
    { k: 3, customers: 15, orders: 45, revenue: 0 },
  ],
});

const leaderboardFixture = () => ({
  items: [
    {
      rank: 1,
      customer: { id: 'c1', name: 'Ana', avatar: 'https://example.com/a.png' },
      total: 10,
      byType: byType(),
    },
    { rank: 2, customer: { id: 'c2', name: 'Bob', avatar: null }, total: 8, byType: byType() },
    { rank: 2, customer: { id: 'c3', name: 'Chloé' }, total: 8, byType: byType() },
    { rank: 4, customer: { id: 'c4', name: '<img src=x onerror=alert(1)>' }, total: 1, byType: byType() },
  ],
  total: 4,
  page: 1,
  pageSize: 4,
});

const distribution = () => ({
  buckets: [
    { label: '0-1k', min: 0, max: 1000, customers: 20 },
    { label: '1k-10k', min: 1000, max: 10000, customers: 5 },
    { label: '10k+', min: 10000, max: null, customers: 1 },
  ],
  unknown: 7,
});
const audienceFixture = () => ({ instagram: distribution(), tiktok: distribution(), age: distribution() });

/** The message `validate` throws, or undefined when it passes. */
function messageOf(
  resource: string,
  schema: Parameters<typeof validate>[1],
  input: unknown,
): string | undefined {
  try {
    validate(resource, schema, input);
    return undefined;
  } catch (error) {
    expect(error).to.be.instanceOf(MissionDataError);
    return (error as Error).message;
  }
}

function set(target: unknown, path: (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

// ------------------------------------------------------------------ valid data

describe('validate: valid fixtures of every resource', () => {
  const cases: [string, Parameters<typeof validate>[1], () => unknown][] = [
    ['summary', summaryResponse, summaryFixture],
    ['daily', dailyResponse, dailyFixture],
    ['missions', missionsResponse, missionsFixture],
    ['missions/m2', missionDetailResponse, missionDetailFixture],
    ['impact', impactResponse, impactFixture],
    ['leaderboard', leaderboardResponse, leaderboardFixture],
    ['audience', audienceResponse, audienceFixture],
  ];

  for (const [resource, schema, fixture] of cases) {
    it(`${resource} passes and comes back deeply equal`, () => {
      expect(validate(resource, schema, fixture())).to.deep.equal(fixture());
    });
  }

  it('covers every schema of RESOURCE_SCHEMAS', () => {
    const tested = new Set(cases.map(([, schema]) => schema));
    for (const schema of Object.values(RESOURCE_SCHEMAS)) expect(tested.has(schema)).to.equal(true);
  });

  it('accepts an empty page, an empty day list, an empty impact table', () => {
    expect(messageOf('missions', missionsResponse, { items: [], total: 0, page: 3, pageSize: 10 })).to.equal(
      undefined,
    );
    expect(messageOf('daily', dailyResponse, { from: '2026-03-01', to: '2026-03-01', days: [] })).to.equal(
      undefined,
    );
    expect(messageOf('impact', impactResponse, { currency: 'USD', rows: [] })).to.equal(undefined);
  });
});

// ------------------------------------------------------------------ errors

describe('validate: errors name the resource and the field path', () => {
  it('a count sent as a string', () => {
    const input = summaryFixture() as unknown;
    set(input, ['current', 'byType', 'review'], '12');
    expect(messageOf('summary', summaryResponse, input)).to.equal(
      'summary: current.byType.review must be a non-negative integer, got "12"',
    );
  });

  it('throws a MissionDataError of kind invalid, carrying the resource', () => {
    const input = summaryFixture() as unknown;
    set(input, ['previous', 'customers'], -3);
    try {
      validate('summary', summaryResponse, input);
      expect.fail('should have thrown');
    } catch (error) {
      expect(error).to.be.instanceOf(MissionDataError);
      expect(error).to.be.instanceOf(Error);
      const e = error as MissionDataError;
      expect(e.name).to.equal('MissionDataError');
      expect(e.kind).to.equal('invalid');
      expect(e.resource).to.equal('summary');
      expect(e.status).to.equal(0);
      expect(e.message).to.equal('summary: previous.customers must be a non-negative integer, got -3');
    }
  });

  it('a missing field', () => {
    const input = summaryFixture() as unknown as { current: Record<string, unknown> };
    delete input.current.customers;
    expect(messageOf('summary', summaryResponse, input)).to.equal('summary: current.customers is missing');
  });

  it('a missing type count', () => {
    const input = summaryFixture() as unknown as { previous: { byType: Record<string, unknown> } };
    delete input.previous.byType.engagement;
    expect(messageOf('summary', summaryResponse, input)).to.equal(
      'summary: previous.byType.engagement is missing',
    );
  });

  it('an unknown mission type in counts by type', () => {
    const input = summaryFixture() as unknown;
    set(input, ['current', 'byType', 'quest'], 3);
    expect(messageOf('summary', summaryResponse, input)).to.equal(
      'summary: current.byType.quest is an unknown mission type',
    );
  });

  it('counts by type that are not an object', () => {
    const input = summaryFixture() as unknown;
    set(input, ['current', 'byType'], null);
    expect(messageOf('summary', summaryResponse, input)).to.equal(
      'summary: current.byType must be an object of counts by type, got null',
    );
  });

  it('a response that is not an object', () => {
    expect(messageOf('summary', summaryResponse, null)).to.equal(
      'summary: the response must be an object, got null',
    );
    expect(messageOf('daily', dailyResponse, 'oops')).to.equal(
      'daily: the response must be an object, got "oops"',
    );
    expect(messageOf('audience', audienceResponse, undefined)).to.equal(
      'audience: the response must be an object, got nothing',
    );
  });

  const badCounts: [unknown, string][] = [
    [-1, '-1'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
    [1.5, '1.5'],
    [null, 'null'],
    [true, 'true'],
  ];
  for (const [value, shown] of badCounts) {
    it(`rejects the count ${shown}`, () => {
      const input = summaryFixture() as unknown;
      set(input, ['current', 'validatedMissions'], value);
      expect(messageOf('summary', summaryResponse, input)).to.equal(
        `summary: current.validatedMissions must be a non-negative integer, got ${shown}`,
      );
    });
  }

  it('accepts 0 and the largest safe integer as counts', () => {
    const input = summaryFixture();
    input.current.validatedMissions = 0;
    input.previous.customers = Number.MAX_SAFE_INTEGER;
    expect(messageOf('summary', summaryResponse, input)).to.equal(undefined);
  });

  const badDates = [
    '2026-02-30',
    '2025-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-3-4',
    '2026-03-04T00:00:00Z',
    ' 2026-03-04',
    '',
  ];
  for (const date of badDates) {
    it(`rejects the date ${JSON.stringify(date)}`, () => {
      const input = summaryFixture() as unknown;
      set(input, ['current', 'to'], date);
      expect(messageOf('summary', summaryResponse, input)).to.equal(
        `summary: current.to must be a date YYYY-MM-DD, got ${JSON.stringify(date)}`,
      );
    });
  }

  it('accepts leap days of leap years only', () => {
    for (const [date, ok] of [
      ['2024-02-29', true],
      ['2000-02-29', true],
      ['1900-02-29', false],
      ['2025-02-29', false],
      ['2100-02-29', false],
    ] as const) {
      const input = dailyFixture();
      input.days[1]!.date = date;
      const message = messageOf('daily', dailyResponse, input);
      expect(message, date).to.equal(
        ok ? undefined : `daily: days[1].date must be a date YYYY-MM-DD, got "${date}"`,
      );
    }
  });

  it('a date that is not a string', () => {
    const input = dailyFixture() as unknown;
    set(input, ['from'], 20260301);
    expect(messageOf('daily', dailyResponse, input)).to.equal(
      'daily: from must be a date YYYY-MM-DD, got 20260301',
    );
  });

  it('a wrong mission type in a missions item', () => {
    const input = missionsFixture() as unknown;
    set(input, ['items', 2, 'type'], 'quest');
    expect(messageOf('missions', missionsResponse, input)).to.equal(
      'missions: items[2].type must be one of classic, content, review, engagement, got "quest"',
    );
  });

  it('an empty mission id, a missing title, a bad page', () => {
    const a = missionsFixture() as unknown;
    set(a, ['items', 0, 'id'], '');
    expect(messageOf('missions', missionsResponse, a)).to.equal(
      'missions: items[0].id must be a non-empty string, got ""',
    );
    const b = missionsFixture() as unknown as { items: Record<string, unknown>[] };
    delete b.items[3]!.title;
    expect(messageOf('missions', missionsResponse, b)).to.equal('missions: items[3].title is missing');
    const c = missionsFixture() as unknown;
    set(c, ['page'], 0);
    expect(messageOf('missions', missionsResponse, c)).to.equal(
      'missions: page must be an integer >= 1, got 0',
    );
    const d = missionsFixture() as unknown;
    set(d, ['items'], {});
    expect(messageOf('missions', missionsResponse, d)).to.equal('missions: items must be an array, got {}');
  });

  it('mission detail: active must be a boolean', () => {
    const input = missionDetailFixture() as unknown;
    set(input, ['mission', 'active'], 'yes');
    expect(messageOf('missions/m2', missionDetailResponse, input)).to.equal(
      'missions/m2: mission.active must be a boolean, got "yes"',
    );
    const input2 = missionDetailFixture() as unknown;
    set(input2, ['days', 1, 'validations'], 2.5);
    expect(messageOf('missions/m2', missionDetailResponse, input2)).to.equal(
      'missions/m2: days[1].validations must be a non-negative integer, got 2.5',
    );
  });

  it('array paths deep in leaderboard items', () => {
    const input = leaderboardFixture() as unknown;
    set(input, ['items', 3, 'customer', 'name'], 42);
    expect(messageOf('leaderboard', leaderboardResponse, input)).to.equal(
      'leaderboard: items[3].customer.name must be a string, got 42',
    );
    const input2 = leaderboardFixture() as unknown as { items: { customer: Record<string, unknown> }[] };
    delete input2.items[3]!.customer.name;
    expect(messageOf('leaderboard', leaderboardResponse, input2)).to.equal(
      'leaderboard: items[3].customer.name is missing',
    );
    const input3 = leaderboardFixture() as unknown;
    set(input3, ['items', 1, 'byType', 'quest'], 1);
    expect(messageOf('leaderboard', leaderboardResponse, input3)).to.equal(
      'leaderboard: items[1].byType.quest is an unknown mission type',
    );
    const input4 = leaderboardFixture() as unknown;
    set(input4, ['items', 0, 'customer', 'avatar'], 7);
    expect(messageOf('leaderboard', leaderboardResponse, input4)).to.equal(
      'leaderboard: items[0].customer.avatar must be a string, got 7',
    );
  });

  it('impact: rows must list k consecutively', () => {
    for (const ks of [
      [0, 2],
      [0, 1, 1],
      [2, 1, 0],
      [0, 1, 3, 4],
    ]) {
      const input = { currency: 'EUR', rows: ks.map((k) => ({ k, customers: 1, orders: 1, revenue: 1 })) };
      const message = messageOf('impact', impactResponse, input);
      expect(message, JSON.stringify(ks)).to.match(
        /^impact: rows must list k consecutively in ascending order\b/,
      );
    }
    // Any start is allowed as long as it goes up one by one.
    const fromOne = {
      currency: 'EUR',
      rows: [1, 2, 3].map((k) => ({ k, customers: 1, orders: 1, revenue: 1 })),
    };
    expect(messageOf('impact', impactResponse, fromOne)).to.equal(undefined);
  });

  // Regression (fixed): the consecutive-k check is forwarded to the `rows` path, but the "got" part of the
  // message shows the whole response, not the rows: for the input below the message is
  // `impact: rows must list k consecutively in ascending order, got {"currency":"EUR","rows":[{"k":0,"customers":1,"orders":1...`
  // The value shown after "got" should be the rows (the field named), e.g. starting with `[`.
  it('impact: the wrong value shown for non-consecutive k is the rows, not the whole response', () => {
    const input = { currency: 'EUR', rows: [0, 2].map((k) => ({ k, customers: 1, orders: 1, revenue: 1 })) };
    const message = messageOf('impact', impactResponse, input)!;
    expect(message).to.match(/^impact: rows must list k consecutively in ascending order, got \[/);
  });

  it('impact: currency code and amounts', () => {
    const a = impactFixture() as unknown;
    set(a, ['currency'], 'eur');
    expect(messageOf('impact', impactResponse, a)).to.equal(
      'impact: currency must be an ISO 4217 code like EUR, got "eur"',
    );
    const b = impactFixture() as unknown;
    set(b, ['rows', 2, 'revenue'], -0.5);
    expect(messageOf('impact', impactResponse, b)).to.equal(
      'impact: rows[2].revenue must be a non-negative finite number, got -0.5',
    );
    const c = impactFixture() as unknown;
    set(c, ['rows', 1, 'revenue'], Number.POSITIVE_INFINITY);
    expect(messageOf('impact', impactResponse, c)).to.equal(
      'impact: rows[1].revenue must be a non-negative finite number, got Infinity',
    );
    const d = impactFixture() as unknown;
    set(d, ['rows', 1, 'orders'], 1.25);
    expect(messageOf('impact', impactResponse, d)).to.equal(
      'impact: rows[1].orders must be a non-negative integer, got 1.25',
    );
  });

  it('audience: bounds and a missing dimension', () => {
    const a = audienceFixture() as unknown;
    set(a, ['tiktok', 'buckets', 2, 'max'], 'none');
    expect(messageOf('audience', audienceResponse, a)).to.equal(
      'audience: tiktok.buckets[2].max must be a non-negative integer, got "none"',
    );
    const b = audienceFixture() as unknown as Record<string, unknown>;
    delete b.age;
    expect(messageOf('audience', audienceResponse, b)).to.equal('audience: age is missing');
  });

  it('shortens a long wrong value', () => {
    const input = dailyFixture() as unknown;
    set(input, ['days'], 'x'.repeat(200));
    const message = messageOf('daily', dailyResponse, input)!;
    expect(message.startsWith('daily: days must be an array, got "xxx')).to.equal(true);
    expect(message.endsWith('...')).to.equal(true);
    expect(message.length).to.be.lessThan(120);
  });
});

// ------------------------------------------------------------------ properties

const dateArb = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const countArb = fc.oneof(fc.constant(0), fc.nat(1000), fc.maxSafeNat());
const periodArb = fc.record({
  from: dateArb,
  to: dateArb,
  validatedMissions: countArb,
  engagedCustomers: countArb,
  customers: countArb,
  activeMissions: countArb,
  byType: fc.record({ classic: countArb, content: countArb, review: countArb, engagement: countArb }),
});
const summaryArb = fc.record({ current: periodArb, previous: periodArb });

const COUNT_PATHS: (string | number)[][] = [];
for (const side of ['current', 'previous']) {
  for (const key of ['validatedMissions', 'engagedCustomers', 'customers', 'activeMissions'])
    COUNT_PATHS.push([side, key]);
  for (const type of ['classic', 'content', 'review', 'engagement']) COUNT_PATHS.push([side, 'byType', type]);
}

describe('validate: properties', () => {
  it('returns any valid summary deeply equal', () => {
    fc.assert(
      fc.property(summaryArb, (summary) => {
        const copy = structuredClone(summary);
        expect(validate('summary', summaryResponse, summary)).to.deep.equal(copy);
      }),
      { numRuns: 150 },
    );
  });

  it('names the path of any count made negative', () => {
    fc.assert(
      fc.property(
        summaryArb,
        fc.constantFrom(...COUNT_PATHS),
        fc.integer({ min: Number.MIN_SAFE_INTEGER, max: -1 }),
        (summary, path, negative) => {
          set(summary, path, negative);
          const message = messageOf('summary', summaryResponse, summary);
          expect(message).to.be.a('string');
          expect(message).to.contain(path.join('.'));
          expect(message).to.equal(
            `summary: ${path.join('.')} must be a non-negative integer, got ${negative}`,
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});

// ------------------------------------------------------------------ isCalendarDate

/** Gregorian rule, written independently of Date. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('isCalendarDate', () => {
  it('known dates', () => {
    expect(isCalendarDate('2024-02-29')).to.equal(true);
    expect(isCalendarDate('2025-02-29')).to.equal(false);
    expect(isCalendarDate('2026-02-30')).to.equal(false);
    expect(isCalendarDate('2026-12-31')).to.equal(true);
    expect(isCalendarDate('2026-12-32')).to.equal(false);
    expect(isCalendarDate('2026-1-01')).to.equal(false);
    expect(isCalendarDate('20260101')).to.equal(false);
    expect(isCalendarDate('2026-01-01 ')).to.equal(false);
  });

  it('accepts the YYYY-MM-DD of any Date (round trip)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0100-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const text = date.toISOString().slice(0, 10);
          expect(isCalendarDate(text), text).to.equal(true);
          expect(new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10)).to.equal(text);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('agrees with the Gregorian calendar for any YYYY-MM-DD made of digits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          const real = m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
          expect(isCalendarDate(text), text).to.equal(real);
          // and with Date's own reading of it, when Date reads it at all
          const parsed = new Date(`${text}T00:00:00Z`);
          if (real) expect(parsed.toISOString().slice(0, 10)).to.equal(text);
        },
      ),
      { numRuns: 200 },
    );
  });

  // Regression (fixed): isCalendarDate rejects every date of the years 0000-0099, e.g. isCalendarDate('0050-01-01') === false,
  // because Date.UTC maps a two-digit year y to 1900 + y, so the year read back differs.
  // '0050-01-01' is a well-formed ISO 8601 calendar date (and Date.parse('0050-01-01T00:00:00Z') reads it correctly).
  it('accepts dates of the years 0000-0099', () => {
    expect(isCalendarDate('0050-01-01')).to.equal(true);
    expect(isCalendarDate('0000-02-29')).to.equal(true);
  });
});
