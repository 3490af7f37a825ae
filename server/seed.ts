/**
 * Deterministic demo data (same options + same seed → same rows).
 *
 * Shape of the data, so the dashboard tells a story:
 * - most engaged customers do one mission, a long tail does many (Pareto);
 * - about one customer in seven never validates a mission (impact baseline);
 * - orders and basket grow with the missions a customer does;
 * - follower counts are log-normal (long tail), ages 18 to 80, some unknown;
 * - daily validations follow a weekly pattern, a yearly season and growth.
 *
 * Rows go in through json_to_recordset: one bound JSON parameter per batch,
 * the same fully parameterised SQL on PGlite and PostgreSQL.
 */
import type { Database, Queryable } from './db.ts';
import type { MissionType } from '../src/data/contract.ts';

export interface SeedOptions {
  customers: number;
  validations: number;
  /** Length of the history, ending on `end`. */
  days: number;
  /** Last day of the history (YYYY-MM-DD), default today (UTC). */
  end: string;
  seed: number;
}

export const DEFAULT_SEED_OPTIONS: SeedOptions = {
  customers: 20_000,
  validations: 200_000,
  days: 365,
  end: new Date().toISOString().slice(0, 10),
  seed: 42,
};

/** mulberry32: tiny, fast, good enough for demo data, and reproducible everywhere. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface MerchantSeed {
  id: number;
  name: string;
  timeZone: string;
  currency: string;
  /** Offsets keep ids distinct across merchants, so a leak would show. */
  idBase: number;
  /** Fraction of the requested sizes. */
  scale: number;
  /** Standard UTC offset in hours: local hours of the day become instants (DST ignored: demo data). */
  utcOffsetHours: number;
}

const MERCHANTS: MerchantSeed[] = [
  {
    id: 1,
    name: 'Maison Demo',
    timeZone: 'Europe/Paris',
    currency: 'EUR',
    idBase: 0,
    scale: 1,
    utcOffsetHours: 1,
  },
  {
    id: 2,
    name: 'Petite Boutique',
    timeZone: 'America/Montreal',
    currency: 'CAD',
    idBase: 50_000_000,
    scale: 0.05,
    utcOffsetHours: -5,
  },
];

/** [type, title, description, popularity weight, active] */
const MISSION_CATALOGUE: [MissionType, string, string, number, boolean][] = [
  ['classic', 'Créer son compte', 'Sign up to the loyalty programme', 30, true],
  ['classic', 'Première commande', 'Place a first order online or in store', 22, true],
  ['classic', 'Parrainer un ami', 'Refer a friend who places an order', 6, true],
  ['classic', 'Complete your profile', 'Add your birthday and your favourite shop', 12, true],
  ['content', 'Photo avec le produit', 'Post a photo with the product on Instagram', 9, true],
  ['content', 'Unboxing video', 'Film your unboxing on TikTok', 5, true],
  ['content', 'Story avec mention', 'Mention the brand in an Instagram story', 8, true],
  ['content', 'Look of the week', 'Share your outfit with the hashtag', 3, false],
  ['review', 'Avis produit', 'Rate a product you bought', 16, true],
  ['review', 'Google review', 'Review the shop on Google', 7, true],
  ['review', 'Note après livraison', 'Rate your delivery', 10, true],
  ['engagement', 'Suivre sur Instagram', 'Follow the brand on Instagram', 18, true],
  ['engagement', "S'abonner à la newsletter", 'Subscribe to the newsletter', 14, true],
  ['engagement', 'Quiz de la semaine', 'Answer the weekly quiz', 8, true],
  ['engagement', 'Share on Facebook', 'Share a product page with your friends', 4, true],
  ['engagement', 'Jeu concours été', 'Summer contest (ended)', 2, false],
];

const FIRST_NAMES = [
  'Camille',
  'Léa',
  'Manon',
  'Chloé',
  'Inès',
  'Jade',
  'Louise',
  'Emma',
  'Lucas',
  'Hugo',
  'Louis',
  'Nathan',
  'Jules',
  'Gabriel',
  'Arthur',
  'Noah',
  'Olivia',
  'Sophie',
  'James',
  'Amelia',
  'Yasmine',
  'Karim',
  'Mei',
  'Zoé',
];
const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'Smith',
  'Brown',
  'Nguyen',
  'Benali',
  'Rossi',
];

const DAY_S = 86_400;

export interface SeedCounts {
  merchants: number;
  missions: number;
  customers: number;
  validations: number;
  orders: number;
}

type Row = Record<string, string | number | boolean | null>;

async function insertBatches(
  db: Queryable,
  rows: Row[],
  insert: string,
  params: readonly (string | number)[],
  batchSize = 25_000,
): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    await db.query(insert, [JSON.stringify(rows.slice(start, start + batchSize)), ...params]);
  }
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Cumulative weights → index sampler. */
function weightedSampler(random: () => number, weights: readonly number[]): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (const weight of weights) cumulative.push((sum += weight));
  return () => {
    const target = random() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return low;
  };
}

/** Validations per day: weekend peak, summer and December highs, steady growth. */
function dayWeight(dayEpoch: number, progress: number): number {
  const date = new Date(dayEpoch * DAY_S * 1000);
  const weekday = date.getUTCDay();
  const week = [1.25, 0.8, 0.9, 0.95, 1.0, 1.1, 1.3][weekday]!;
  const dayOfYear = (dayEpoch % 365.25) / 365.25;
  const season =
    1 + 0.25 * Math.cos(2 * Math.PI * (dayOfYear - 0.55)) + (date.getUTCMonth() === 11 ? 0.35 : 0);
  return week * season * (0.75 + 0.5 * progress);
}

async function seedMerchant(
  db: Queryable,
  merchant: MerchantSeed,
  options: SeedOptions,
): Promise<SeedCounts> {
  const random = mulberry32(options.seed * 1_000_003 + merchant.id);
  const endDay = Date.parse(`${options.end}T00:00:00Z`) / 1000 / DAY_S;
  const startDay = endDay - options.days + 1;
  const customerCount = Math.max(1, Math.round(options.customers * merchant.scale));
  const validationTarget = Math.round(options.validations * merchant.scale);
  const utcShift = -merchant.utcOffsetHours * 3600;

  await db.query('INSERT INTO merchants (id, name, time_zone, currency) VALUES ($1, $2, $3, $4)', [
    merchant.id,
    merchant.name,
    merchant.timeZone,
    merchant.currency,
  ]);

  const missionRows: Row[] = MISSION_CATALOGUE.map(([type, title, description, , active], i) => ({
    id: merchant.idBase + i + 1,
    type,
    title,
    description,
    active,
  }));
  await db.query(
    `INSERT INTO missions (merchant_id, id, type, title, description, active)
     SELECT $1::bigint, id, type, title, description, active
       FROM json_to_recordset($2::json) AS x(id bigint, type text, title text, description text, active boolean)`,
    [merchant.id, JSON.stringify(missionRows)],
  );
  const missionOf = weightedSampler(
    random,
    MISSION_CATALOGUE.map(([, , , weight]) => weight),
  );

  // Customers: 40 % enrolled before the history window, the rest spread over it.
  const customerRows: Row[] = [];
  const enrolledDay: number[] = [];
  for (let i = 0; i < customerCount; i++) {
    const day =
      random() < 0.4
        ? startDay - 1 - Math.floor(random() * 700)
        : startDay + Math.floor(Math.pow(random(), 0.8) * options.days);
    enrolledDay.push(day);
    const age = 18 + Math.min(62, Math.abs(normal(random)) * 16 + random() * 6);
    const birth = new Date((endDay * DAY_S - age * 365.25 * DAY_S) * 1000).toISOString().slice(0, 10);
    const followers = (median: number) =>
      Math.min(20_000_000, Math.floor(Math.exp(Math.log(median) + 1.9 * normal(random))));
    customerRows.push({
      id: merchant.idBase + i + 1,
      name: `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`,
      enrolled_at: day * DAY_S + Math.floor(random() * DAY_S),
      birth_date: random() < 0.12 ? null : birth,
      instagram_followers: random() < 0.3 ? null : followers(400),
      tiktok_followers: random() < 0.5 ? null : followers(250),
    });
  }
  await insertBatches(
    db,
    customerRows,
    `INSERT INTO customers (merchant_id, id, name, enrolled_at, birth_date, instagram_followers, tiktok_followers)
     SELECT $2::bigint, id, name, to_timestamp(enrolled_at), birth_date, instagram_followers, tiktok_followers
       FROM json_to_recordset($1::json)
         AS x(id bigint, name text, enrolled_at float8, birth_date date, instagram_followers int, tiktok_followers int)`,
    [merchant.id],
  );

  // Missions per customer: 1 for most engaged customers, a Pareto tail for the rest.
  const engaged: number[] = [];
  for (let i = 0; i < customerCount; i++) if (random() < 0.86) engaged.push(i);
  // Truncated Pareto: a long tail of regulars, but nobody validates thousands a
  // year; scaled by the share of the history the customer was enrolled, so
  // late joiners do not cram a year of missions into a few days.
  const presence = (customer: number) =>
    (endDay - Math.max(startDay, enrolledDay[customer]!) + 1) / options.days;
  const tailWeights = engaged.map(
    (customer) => Math.min(60, Math.pow(1 - random(), -1 / 1.3) - 1) * presence(customer),
  );
  const tailTotal = tailWeights.reduce((sum, weight) => sum + weight, 0) || 1;
  const extra = Math.max(0, validationTarget - engaged.length);
  const missionsDone = new Array<number>(customerCount).fill(0);
  engaged.forEach((customer, j) => {
    const expected = (extra * tailWeights[j]!) / tailTotal;
    missionsDone[customer] = 1 + Math.floor(expected) + (random() < expected % 1 ? 1 : 0);
  });

  const validationRows: Row[] = [];
  const maxWeight = 1.25 * 1.3 * 1.6 * 1.25;
  for (let customer = 0; customer < customerCount; customer++) {
    const firstDay = Math.max(startDay, enrolledDay[customer]!);
    for (let n = 0; n < missionsDone[customer]!; n++) {
      // The first mission comes within days of enrolment (sign-up missions)...
      let day = Math.min(endDay, firstDay + Math.floor(-Math.log(1 - random()) * 4));
      // ...the others by rejection sampling against the weekly/seasonal curve.
      for (let attempt = 0; n > 0 && attempt < 20; attempt++) {
        const candidate = firstDay + Math.floor(random() * (endDay - firstDay + 1));
        if (random() * maxWeight < dayWeight(candidate, (candidate - startDay) / options.days)) {
          day = candidate;
          break;
        }
      }
      // Evenings are busier: hour skewed towards 20:00 local.
      const hour = Math.min(23, Math.max(7, Math.round(17 + 4 * normal(random))));
      validationRows.push({
        id: 0, // numbered below, in time order
        mission_id: merchant.idBase + missionOf() + 1,
        customer_id: merchant.idBase + customer + 1,
        at: day * DAY_S + hour * 3600 + Math.floor(random() * 3600) + utcShift,
      });
    }
  }
  // Real validations arrive in time order, so the heap is clustered by time and
  // a period is a compact range of pages; insert them the same way.
  validationRows.sort((a, b) => (a.at as number) - (b.at as number));
  validationRows.forEach((row, i) => (row.id = merchant.idBase * 100 + i + 1));
  await insertBatches(
    db,
    validationRows,
    `INSERT INTO validations (merchant_id, id, mission_id, customer_id, validated_at)
     SELECT $2::bigint, id, mission_id, customer_id, to_timestamp(at)
       FROM json_to_recordset($1::json) AS x(id bigint, mission_id bigint, customer_id bigint, at float8)`,
    [merchant.id],
  );

  // Orders: more orders and bigger baskets with more missions; some buyers never do a mission.
  const orderRows: Row[] = [];
  for (let customer = 0; customer < customerCount; customer++) {
    const done = missionsDone[customer]!;
    const firstDay = Math.max(startDay, enrolledDay[customer]!);
    const span = endDay - firstDay + 1;
    const perYear = done === 0 ? (random() < 0.35 ? 1.2 : 0) : 1.5 + 1.6 * Math.log1p(done);
    let orders = 0;
    const lambda = (perYear * span) / 365;
    // Poisson by inversion (lambda stays small).
    for (let p = Math.exp(-lambda), u = random(), cumulative = p; u > cumulative && orders < 200;) {
      orders++;
      p *= lambda / orders;
      cumulative += p;
    }
    const basket = 38 * (1 + 0.06 * Math.min(done, 12));
    for (let n = 0; n < orders; n++) {
      orderRows.push({
        id: 0,
        customer_id: merchant.idBase + customer + 1,
        amount: Math.round(basket * Math.exp(0.45 * normal(random)) * 100) / 100,
        at:
          (firstDay + Math.floor(random() * span)) * DAY_S +
          Math.floor((9 + random() * 13) * 3600) +
          utcShift,
      });
    }
  }
  orderRows.sort((a, b) => (a.at as number) - (b.at as number));
  orderRows.forEach((row, i) => (row.id = merchant.idBase * 100 + i + 1));
  await insertBatches(
    db,
    orderRows,
    `INSERT INTO orders (merchant_id, id, customer_id, amount, currency, ordered_at)
     SELECT $2::bigint, id, customer_id, amount, $3::text, to_timestamp(at)
       FROM json_to_recordset($1::json) AS x(id bigint, customer_id bigint, amount numeric, at float8)`,
    [merchant.id, merchant.currency],
  );

  return {
    merchants: 1,
    missions: missionRows.length,
    customers: customerRows.length,
    validations: validationRows.length,
    orders: orderRows.length,
  };
}

/** True when no merchant exists yet (first start). */
export async function isEmpty(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM merchants');
  return (row?.count ?? 0) === 0;
}

/** Deletes every row (keeps the schema). */
export async function clearData(db: Queryable): Promise<void> {
  await db.exec('TRUNCATE validations, orders, customers, missions, merchants');
}

/** Seeds both demo merchants in one transaction and refreshes planner statistics. */
export async function seed(db: Database, options: SeedOptions = DEFAULT_SEED_OPTIONS): Promise<SeedCounts> {
  const totals = await db.transaction(async (tx) => {
    const sum: SeedCounts = { merchants: 0, missions: 0, customers: 0, validations: 0, orders: 0 };
    for (const merchant of MERCHANTS) {
      const counts = await seedMerchant(tx, merchant, options);
      for (const key of Object.keys(sum) as (keyof SeedCounts)[]) sum[key] += counts[key];
    }
    return sum;
  });
  // A bulk load through the rollup triggers leaves the span rollups' covering
  // keys about twice their size (every counter update is a new index entry,
  // inserts split pages): rebuilt once, as after any bulk load (server/README.md,
  // "Operations"). VACUUM then sets the visibility map so reads are index-only.
  await db.exec(
    'REINDEX TABLE customer_span; REINDEX TABLE mission_customer_span; REINDEX TABLE customer_order_span',
  );
  await db.exec('VACUUM ANALYZE');
  return totals;
}

/** `--customers N --validations N --days N --end YYYY-MM-DD --seed N`, then SEED_* env. */
export function readSeedOptions(argv: readonly string[], env: NodeJS.ProcessEnv): SeedOptions {
  const flag = (name: string): string | undefined => {
    const index = argv.indexOf(`--${name}`);
    if (index >= 0) return argv[index + 1];
    const inline = argv.find((arg) => arg.startsWith(`--${name}=`));
    return inline?.slice(name.length + 3) ?? env[`SEED_${name.toUpperCase()}`];
  };
  const positive = (name: string, fallback: number): number => {
    const text = flag(name);
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`--${name} must be a positive integer, got ${text}`);
    return value;
  };
  const end = flag('end') ?? DEFAULT_SEED_OPTIONS.end;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(end)) throw new Error(`--end must be YYYY-MM-DD, got ${end}`);
  return {
    customers: positive('customers', DEFAULT_SEED_OPTIONS.customers),
    validations: positive('validations', DEFAULT_SEED_OPTIONS.validations),
    days: positive('days', DEFAULT_SEED_OPTIONS.days),
    end,
    seed: positive('seed', DEFAULT_SEED_OPTIONS.seed),
  };
}
