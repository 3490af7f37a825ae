import type { ImpactResponse, ImpactRow } from '../data/contract.js';

/**
 * The impact rows' derived figures (SPEC §1), computed here and nowhere else:
 * servers send sums, the table and the insights read these.
 * A figure that would divide by zero (or overflow) is `undefined`, shown as
 * "–" and read "not available": never NaN or Infinity.
 */
export interface ImpactFigures {
  /** Missions validated in the period; 0 is the baseline (customers with no mission). */
  k: number;
  /** The last row of the data: "k or more". */
  orMore: boolean;
  customers: number;
  orders: number;
  revenue: number;
  /** customers / engaged customers (rows k ≥ 1); undefined for the baseline, which is not engaged. */
  share: number | undefined;
  /** orders / customers. */
  averageOrders: number | undefined;
  /** revenue / orders. */
  averageBasket: number | undefined;
  /** revenue / customers (= average basket × average orders). */
  revenuePerCustomer: number | undefined;
  /** Revenue per customer relative to the largest of the table (baseline included), in [0, 1]: the bar's length. */
  relative: number | undefined;
  /** Revenue per customer relative to the one-mission customers' (row k = 1). */
  vsOneMission: number | undefined;
}

export interface ImpactTable {
  currency: string;
  /** Rows k ≥ 1, ascending; the last one is "k or more". */
  rows: ImpactFigures[];
  /** Row k = 0 when the data has it. */
  baseline: ImpactFigures | undefined;
  /** Customers with at least one mission: the sum of rows k ≥ 1. */
  engagedCustomers: number;
}

/** `a / b` when it is a finite number and `b > 0`, else undefined. */
export function finiteRatio(a: number, b: number): number | undefined {
  if (!(b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) return undefined;
  const value = a / b;
  return Number.isFinite(value) ? value : undefined;
}

/** Customers, orders and revenue of several rows together (e.g. "3 missions or more"). */
export interface ImpactSums {
  customers: number;
  orders: number;
  revenue: number;
}

export function sumRows(rows: readonly ImpactSums[]): ImpactSums {
  return rows.reduce(
    (sum, row) => ({
      customers: sum.customers + row.customers,
      orders: sum.orders + row.orders,
      revenue: sum.revenue + row.revenue,
    }),
    { customers: 0, orders: 0, revenue: 0 },
  );
}

/** Average orders, average basket and revenue per customer of some sums. */
export function averages(sums: ImpactSums) {
  return {
    averageOrders: finiteRatio(sums.orders, sums.customers),
    averageBasket: finiteRatio(sums.revenue, sums.orders),
    revenuePerCustomer: finiteRatio(sums.revenue, sums.customers),
  };
}

/** The impact table of a response: rows k ≥ 1 with shares and averages, the baseline apart. */
export function impactTable(response: ImpactResponse): ImpactTable {
  const last = response.rows.at(-1);
  const engagedRows = response.rows.filter((row) => row.k >= 1);
  const baselineRow = response.rows.find((row) => row.k === 0);
  const engagedCustomers = sumRows(engagedRows).customers;

  const derive = (row: ImpactRow): ImpactFigures => ({
    k: row.k,
    orMore: row === last && row.k > 0,
    customers: row.customers,
    orders: row.orders,
    revenue: row.revenue,
    share: row.k >= 1 ? finiteRatio(row.customers, engagedCustomers) : undefined,
    ...averages(row),
    relative: undefined,
    vsOneMission: undefined,
  });

  const rows = engagedRows.map(derive);
  const baseline = baselineRow ? derive(baselineRow) : undefined;
  const all = baseline ? [baseline, ...rows] : rows;
  const largest = Math.max(0, ...all.map((row) => row.revenuePerCustomer ?? 0));
  const oneMission = rows.find((row) => row.k === 1 && !row.orMore)?.revenuePerCustomer;
  for (const row of all) {
    if (row.revenuePerCustomer === undefined) continue;
    row.relative = finiteRatio(row.revenuePerCustomer, largest);
    row.vsOneMission = oneMission === undefined ? undefined : finiteRatio(row.revenuePerCustomer, oneMission);
  }
  return { currency: response.currency, rows, baseline, engagedCustomers };
}
