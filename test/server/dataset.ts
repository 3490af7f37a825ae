/**
 * Small random data sets (fast-check) for two merchants, the code that writes
 * them, and an independent oracle: every figure recomputed in plain
 * TypeScript from the rows, without SQL.
 */
import fc from 'fast-check';
import type {
  AudienceDistribution,
  AudienceResponse,
  CountsByType,
  DailyResponse,
  ImpactResponse,
  LeaderboardResponse,
  MissionDetailResponse,
  MissionsResponse,
  MissionType,
  SummaryResponse,
} from '../../src/data/contract.ts';
import { MISSION_TYPES } from '../../src/data/contract.ts';
import type { Queryable } from '../../server/db.ts';

export interface MerchantRow {
  id: number;
  timeZone: string;
  currency: string;
}
export interface CustomerRow {
  merchantId: number;
  id: number;
  name: string;
  enrolledAt: string;
  birthDate: string | null;
  instagram: number | null;
  tiktok: number | null;
  avatar: string | null;
}
export interface MissionRow {
  merchantId: number;
  id: number;
  type: MissionType;
  title: string;
  description: string;
  active: boolean;
}
export interface ValidationRow {
  merchantId: number;
  id: number;
  missionId: number;
  customerId: number;
  at: string;
}
export interface OrderRow {
  merchantId: number;
  id: number;
  customerId: number;
  cents: number;
  currency: string;
  at: string;
}
export interface DataSet {
  merchants: MerchantRow[];
  customers: CustomerRow[];
  missions: MissionRow[];
  validations: ValidationRow[];
  orders: OrderRow[];
}

const DAY_MS = 86_400_000;
/** Window around the 2024 leap day and the US DST change (2024-03-10). */
export const WINDOW_START = Date.parse('2024-02-10T00:00:00Z');
export const WINDOW_END = Date.parse('2024-03-20T00:00:00Z');
const ZONES = ['UTC', 'Europe/Paris', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata'];
const FOLLOWER_EDGES = [0, 1, 999, 1000, 9999, 10_000, 99_999, 100_000, 999_999, 1_000_000, 7_654_321];

const instant = fc.oneof(
  fc.integer({ min: WINDOW_START, max: WINDOW_END }).map((ms) => new Date(ms - (ms % 1000)).toISOString()),
  // Exactly on, and a second before, a UTC midnight: period edges for UTC merchants.
  fc
    .tuple(fc.integer({ min: 0, max: 39 }), fc.constantFrom(0, -1000))
    .map(([day, shift]) => new Date(WINDOW_START + day * DAY_MS + shift).toISOString()),
);
const birthDate = fc.option(
  fc.oneof(
    fc
      .integer({ min: Date.parse('1930-01-01'), max: Date.parse('2015-12-31') })
      .map((ms) => new Date(ms).toISOString().slice(0, 10)),
    fc.constantFrom('2000-02-29', '2004-02-29', '2006-03-01', '2006-02-28', '1959-03-01'),
  ),
  { freq: 4 },
);
const followers = fc.option(
  fc.oneof(fc.constantFrom(...FOLLOWER_EDGES), fc.integer({ min: 0, max: 3_000_000 })),
  { freq: 4 },
);
const tricky = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("O'Brien; DROP TABLE customers;--", '<img src=x onerror=alert(1)>', 'Zoë 🎉'),
);

function merchantRows(
  merchantId: number,
  idBase: number,
  currency: string,
): fc.Arbitrary<Omit<DataSet, 'merchants'>> {
  return fc
    .record({
      missions: fc.array(
        fc.record({
          type: fc.constantFrom(...MISSION_TYPES),
          title: tricky,
          description: tricky,
          active: fc.boolean(),
        }),
        {
          minLength: 0,
          maxLength: 6,
        },
      ),
      customers: fc.array(
        fc.record({
          name: tricky,
          enrolledAt: instant,
          birthDate,
          instagram: followers,
          tiktok: followers,
          avatar: fc.option(fc.constant('https://example.org/a.png')),
        }),
        { maxLength: 12 },
      ),
      validations: fc.array(fc.record({ mission: fc.nat(), customer: fc.nat(), at: instant }), {
        maxLength: 40,
      }),
      orders: fc.array(
        fc.record({
          customer: fc.nat(),
          cents: fc.integer({ min: 0, max: 99_999 }),
          at: instant,
          otherCurrency: fc.integer({ min: 0, max: 9 }),
        }),
        { maxLength: 30 },
      ),
    })
    .map(({ missions, customers, validations, orders }) => {
      const missionRows: MissionRow[] = missions.map((mission, i) => ({
        merchantId,
        id: idBase + i + 1,
        ...mission,
      }));
      // A customer with orders but no mission is always there (index 0, never validated).
      const customerRows: CustomerRow[] = [
        {
          merchantId,
          id: idBase + 1,
          name: 'Buyer Only',
          enrolledAt: '2024-01-15T10:00:00.000Z',
          birthDate: null,
          instagram: null,
          tiktok: null,
          avatar: null,
        },
        ...customers.map((customer, i) => ({ merchantId, id: idBase + i + 2, ...customer })),
      ];
      const validationRows: ValidationRow[] =
        missionRows.length === 0 || customerRows.length < 2
          ? []
          : validations.map((validation, i) => ({
              merchantId,
              id: idBase + i + 1,
              missionId: missionRows[validation.mission % missionRows.length]!.id,
              customerId: customerRows[1 + (validation.customer % (customerRows.length - 1))]!.id,
              at: validation.at,
            }));
      const orderRows: OrderRow[] = [
        {
          merchantId,
          id: idBase + 1,
          customerId: idBase + 1,
          cents: 4_250,
          currency,
          at: '2024-02-29T12:00:00.000Z',
        },
        ...orders.map((order, i) => ({
          merchantId,
          id: idBase + i + 2,
          customerId: customerRows[order.customer % customerRows.length]!.id,
          cents: order.cents,
          // One order in ten is in another currency: not counted as revenue.
          currency: order.otherCurrency === 0 ? 'GBP' : currency,
          at: order.at,
        })),
      ];
      return {
        missions: missionRows,
        customers: customerRows,
        validations: validationRows,
        orders: orderRows,
      };
    });
}

/** Two merchants; ids are distinct across merchants so a leak shows in the figures. */
export const dataSetArbitrary: fc.Arbitrary<DataSet> = fc
  .tuple(
    fc.constantFrom(...ZONES),
    fc.constantFrom(...ZONES),
    merchantRows(1, 0, 'EUR'),
    merchantRows(2, 1000, 'USD'),
  )
  .map(([zoneA, zoneB, a, b]) => ({
    merchants: [
      { id: 1, timeZone: zoneA, currency: 'EUR' },
      { id: 2, timeZone: zoneB, currency: 'USD' },
    ],
    customers: [...a.customers, ...b.customers],
    missions: [...a.missions, ...b.missions],
    validations: [...a.validations, ...b.validations],
    orders: [...a.orders, ...b.orders],
  }));

/** A period inside (or overlapping) the window: 1 to 25 days. */
export const periodArbitrary = fc
  .tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: 1, max: 25 }))
  .map(([startOffset, length]) => ({
    from: isoDay(WINDOW_START + startOffset * DAY_MS),
    to: isoDay(WINDOW_START + (startOffset + length - 1) * DAY_MS),
  }));

// ------------------------------------------------------------------ writing

export async function writeDataSet(db: Queryable, data: DataSet): Promise<void> {
  await db.exec('TRUNCATE validations, orders, customers, missions, merchants');
  for (const merchant of data.merchants) {
    await db.query('INSERT INTO merchants (id, name, time_zone, currency) VALUES ($1, $2, $3, $4)', [
      merchant.id,
      `Merchant ${merchant.id}`,
      merchant.timeZone,
      merchant.currency,
    ]);
  }
  const insert = async (sql: string, rows: object[]) => {
    if (rows.length > 0) await db.query(sql, [JSON.stringify(rows)]);
  };
  await insert(
    `INSERT INTO missions (merchant_id, id, type, title, description, active)
     SELECT "merchantId", id, type, title, description, active FROM json_to_recordset($1::json)
       AS x("merchantId" bigint, id bigint, type text, title text, description text, active boolean)`,
    data.missions,
  );
  await insert(
    `INSERT INTO customers (merchant_id, id, name, enrolled_at, birth_date, instagram_followers, tiktok_followers, avatar_url)
     SELECT "merchantId", id, name, "enrolledAt", "birthDate", instagram, tiktok, avatar FROM json_to_recordset($1::json)
       AS x("merchantId" bigint, id bigint, name text, "enrolledAt" timestamptz, "birthDate" date, instagram int, tiktok int, avatar text)`,
    data.customers,
  );
  await insert(
    `INSERT INTO validations (merchant_id, id, mission_id, customer_id, validated_at)
     SELECT "merchantId", id, "missionId", "customerId", at FROM json_to_recordset($1::json)
       AS x("merchantId" bigint, id bigint, "missionId" bigint, "customerId" bigint, at timestamptz)`,
    data.validations,
  );
  await insert(
    `INSERT INTO orders (merchant_id, id, customer_id, amount, currency, ordered_at)
     SELECT "merchantId", id, "customerId", cents / 100.0, currency, at FROM json_to_recordset($1::json)
       AS x("merchantId" bigint, id bigint, "customerId" bigint, cents int, currency text, at timestamptz)`,
    data.orders,
  );
}

// ------------------------------------------------------------------ oracle

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** The calendar day of an instant in a zone, via Intl (not SQL). */
export function localDay(iso: string, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(new Date(iso));
}

export interface Period {
  from: string;
  to: string;
}

function daysOf(period: Period): string[] {
  const days: string[] = [];
  for (let ms = Date.parse(period.from); isoDay(ms) <= period.to; ms += DAY_MS) days.push(isoDay(ms));
  return days;
}

export function previousOf(period: Period): Period {
  const length = daysOf(period).length;
  return {
    from: isoDay(Date.parse(period.from) - length * DAY_MS),
    to: isoDay(Date.parse(period.from) - DAY_MS),
  };
}

const zeroCounts = (): CountsByType => ({ classic: 0, content: 0, review: 0, engagement: 0 });

export class Oracle {
  readonly merchant: MerchantRow;
  constructor(
    readonly data: DataSet,
    merchantId: number,
  ) {
    this.merchant = data.merchants.find((merchant) => merchant.id === merchantId)!;
  }
  private day(iso: string) {
    return localDay(iso, this.merchant.timeZone);
  }
  private inPeriod(iso: string, period: Period) {
    const day = this.day(iso);
    return day >= period.from && day <= period.to;
  }
  private missions() {
    return this.data.missions.filter((mission) => mission.merchantId === this.merchant.id);
  }
  private customers() {
    return this.data.customers.filter((customer) => customer.merchantId === this.merchant.id);
  }
  private validationsIn(period: Period) {
    return this.data.validations.filter(
      (row) => row.merchantId === this.merchant.id && this.inPeriod(row.at, period),
    );
  }
  private typeOf(missionId: number): MissionType {
    return this.missions().find((mission) => mission.id === missionId)!.type;
  }

  summary(period: Period): SummaryResponse {
    const figures = (range: Period) => {
      const validations = this.validationsIn(range);
      const byType = zeroCounts();
      for (const row of validations) byType[this.typeOf(row.missionId)]++;
      return {
        from: range.from,
        to: range.to,
        validatedMissions: validations.length,
        engagedCustomers: new Set(validations.map((row) => row.customerId)).size,
        customers: this.customers().filter((customer) => this.day(customer.enrolledAt) <= range.to).length,
        activeMissions: this.missions().filter((mission) => mission.active).length,
        byType,
      };
    };
    return { current: figures(period), previous: figures(previousOf(period)) };
  }

  daily(period: Period): DailyResponse {
    const validations = this.validationsIn(period);
    return {
      ...period,
      days: daysOf(period).map((date) => {
        const byType = zeroCounts();
        for (const row of validations) if (this.day(row.at) === date) byType[this.typeOf(row.missionId)]++;
        return { date, byType };
      }),
    };
  }

  missionList(
    query: Period & { type?: MissionType; sort?: string; page: number; pageSize: number },
  ): MissionsResponse {
    const validations = this.validationsIn(query);
    const listed = this.missions()
      .filter((mission) => !query.type || mission.type === query.type)
      .map((mission) => ({
        id: String(mission.id),
        type: mission.type,
        title: mission.title,
        description: mission.description,
        validations: validations.filter((row) => row.missionId === mission.id).length,
      }))
      .sort(
        (a, b) =>
          (query.sort === 'popularity-asc' ? a.validations - b.validations : b.validations - a.validations) ||
          Number(a.id) - Number(b.id),
      );
    const start = (query.page - 1) * query.pageSize;
    return {
      items: listed.slice(start, start + query.pageSize),
      total: listed.length,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  missionDetail(missionId: number, period: Period): MissionDetailResponse {
    const mission = this.missions().find((candidate) => candidate.id === missionId)!;
    const figures = (range: Period) => {
      const rows = this.validationsIn(range).filter((row) => row.missionId === missionId);
      return { validations: rows.length, customers: new Set(rows.map((row) => row.customerId)).size };
    };
    const current = this.validationsIn(period).filter((row) => row.missionId === missionId);
    return {
      mission: {
        id: String(mission.id),
        type: mission.type,
        title: mission.title,
        description: mission.description,
        active: mission.active,
      },
      current: figures(period),
      previous: figures(previousOf(period)),
      days: daysOf(period).map((date) => ({
        date,
        validations: current.filter((row) => this.day(row.at) === date).length,
      })),
    };
  }

  impact(period: Period, maxK: number): ImpactResponse {
    const done = new Map<number, number>();
    for (const row of this.validationsIn(period))
      done.set(row.customerId, (done.get(row.customerId) ?? 0) + 1);
    const rows = Array.from({ length: maxK + 1 }, (_, k) => ({ k, customers: 0, orders: 0, cents: 0 }));
    for (const customer of this.customers()) {
      const count = done.get(customer.id) ?? 0;
      if (count === 0 && this.day(customer.enrolledAt) > period.to) continue;
      const row = rows[Math.min(count, maxK)]!;
      row.customers++;
      for (const order of this.data.orders) {
        if (order.merchantId !== this.merchant.id || order.customerId !== customer.id) continue;
        if (order.currency !== this.merchant.currency || !this.inPeriod(order.at, period)) continue;
        row.orders++;
        row.cents += order.cents;
      }
    }
    return {
      currency: this.merchant.currency,
      rows: rows.map(({ cents, ...row }) => ({ ...row, revenue: cents / 100 })),
    };
  }

  leaderboard(query: Period & { page: number; pageSize: number }): LeaderboardResponse {
    const perCustomer = new Map<number, CountsByType>();
    for (const row of this.validationsIn(query)) {
      const counts = perCustomer.get(row.customerId) ?? zeroCounts();
      counts[this.typeOf(row.missionId)]++;
      perCustomer.set(row.customerId, counts);
    }
    const total = (counts: CountsByType) =>
      counts.classic + counts.content + counts.review + counts.engagement;
    const sorted = [...perCustomer].sort(([idA, a], [idB, b]) => total(b) - total(a) || idA - idB);
    const ranked = sorted.map(([id, byType]) => {
      const customer = this.customers().find((candidate) => candidate.id === id)!;
      return {
        rank: 1 + sorted.filter(([, other]) => total(other) > total(byType)).length,
        customer: { id: String(id), name: customer.name, avatar: customer.avatar },
        total: total(byType),
        byType,
      };
    });
    const start = (query.page - 1) * query.pageSize;
    return {
      items: ranked.slice(start, start + query.pageSize),
      total: ranked.length,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  audience(period: Period): AudienceResponse {
    const engaged = new Set(this.validationsIn(period).map((row) => row.customerId));
    const people = this.customers().filter((customer) => engaged.has(customer.id));
    const ageAt = (birth: string) => {
      const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
      const [ty, tm, td] = period.to.split('-').map(Number) as [number, number, number];
      return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
    };
    const distribution = (
      bounds: [string, number, number | null][],
      value: (customer: CustomerRow) => number | null,
    ): AudienceDistribution => {
      const buckets = bounds.map(([label, min, max]) => ({ label, min, max, customers: 0 }));
      let unknown = 0;
      for (const customer of people) {
        const x = value(customer);
        const bucket =
          x === null ? undefined : buckets.find((b) => x >= b.min && (b.max === null || x < b.max));
        if (bucket) bucket.customers++;
        else unknown++;
      }
      return { buckets, unknown };
    };
    const FOLLOWERS: [string, number, number | null][] = [
      ['0-1k', 0, 1000],
      ['1k-10k', 1000, 10_000],
      ['10k-100k', 10_000, 100_000],
      ['100k-1M', 100_000, 1_000_000],
      ['1M+', 1_000_000, null],
    ];
    const AGES: [string, number, number | null][] = [
      ['18-24', 18, 25],
      ['25-34', 25, 35],
      ['35-44', 35, 45],
      ['45-54', 45, 55],
      ['55-64', 55, 65],
      ['65+', 65, null],
    ];
    return {
      instagram: distribution(FOLLOWERS, (customer) => customer.instagram),
      tiktok: distribution(FOLLOWERS, (customer) => customer.tiktok),
      age: distribution(AGES, (customer) => (customer.birthDate === null ? null : ageAt(customer.birthDate))),
    };
  }
}
