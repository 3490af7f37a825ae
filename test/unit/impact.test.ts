import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ImpactResponse } from '../../src/data/contract.js';
import { finiteRatio, impactTable, type ImpactFigures } from '../../src/metrics/impact.js';
import { impactFixture } from '../fixtures/impact.js';

const close = (actual: number | undefined, expected: number, digits = 1e-9) =>
  expect(actual).to.be.a('number').and.closeTo(expected, digits);

/** Consecutive rows from k = `start`, with sums that may be zero or huge. */
const impactArbitrary = fc
  .record({
    start: fc.constantFrom(0, 1),
    rows: fc.array(
      fc.record({
        customers: fc.oneof(fc.constant(0), fc.nat(10_000), fc.constant(Number.MAX_SAFE_INTEGER)),
        orders: fc.oneof(fc.constant(0), fc.nat(50_000)),
        revenue: fc.oneof(
          fc.constant(0),
          fc.double({ min: 0, max: 1e7, noNaN: true }),
          fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }),
          fc.constantFrom(Number.MAX_VALUE, Number.MIN_VALUE),
        ),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ start, rows }): ImpactResponse => ({
    currency: 'EUR',
    rows: rows.map((row, i) => ({ k: start + i, ...row })),
  }));

const derived = (row: ImpactFigures) => [
  row.share,
  row.averageOrders,
  row.averageBasket,
  row.revenuePerCustomer,
  row.relative,
  row.vsOneMission,
];

describe('impactTable', () => {
  it('derives averages, shares and multiples from the sums (SPEC §1)', () => {
    const table = impactTable(impactFixture());
    expect(table.currency).to.equal('EUR');
    expect(table.engagedCustomers).to.equal(612);
    expect(table.rows.map((r) => r.k)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(table.rows.map((r) => r.orMore)).to.deep.equal([false, false, false, false, true]);

    const [one, two, three, , last] = table.rows;
    close(one!.averageOrders, 1.2);
    close(one!.averageBasket, 45);
    close(one!.revenuePerCustomer, 54);
    close(one!.share, 380 / 612);
    close(two!.revenuePerCustomer, 90);
    close(three!.vsOneMission, 132 / 54);
    close(last!.averageOrders, 3.5);
    close(last!.averageBasket, 65);
    close(last!.revenuePerCustomer, 227.5);
    close(last!.relative, 1);
    close(one!.relative, 54 / 227.5);
    close(one!.vsOneMission, 1);

    const baseline = table.baseline!;
    expect(baseline.k).to.equal(0);
    expect(baseline.orMore).to.equal(false);
    expect(baseline.share).to.equal(undefined);
    close(baseline.averageOrders, 0.8);
    close(baseline.averageBasket, 40);
    close(baseline.revenuePerCustomer, 32);
    close(baseline.vsOneMission, 32 / 54);
    close(baseline.relative, 32 / 227.5);
  });

  it('gives undefined, not NaN or Infinity, where a figure divides by zero', () => {
    const table = impactTable(
      impactFixture({
        rows: [
          { k: 1, customers: 0, orders: 0, revenue: 0 },
          { k: 2, customers: 5, orders: 0, revenue: 0 },
        ],
      }),
    );
    const [one, two] = table.rows;
    expect(table.baseline).to.equal(undefined);
    expect(derived(one!)).to.deep.equal([0, undefined, undefined, undefined, undefined, undefined]);
    // 5 customers without orders: 0 orders each, no basket, 0 revenue each; no one-mission reference
    expect(derived(two!)).to.deep.equal([1, 0, undefined, 0, undefined, undefined]);
  });

  it('has no one-mission reference when row 1 is the last ("1 or more")', () => {
    const table = impactTable(
      impactFixture({
        rows: [
          { k: 0, customers: 10, orders: 10, revenue: 100 },
          { k: 1, customers: 10, orders: 20, revenue: 300 },
        ],
      }),
    );
    expect(table.rows[0]!.orMore).to.equal(true);
    expect(table.rows[0]!.vsOneMission).to.equal(undefined);
    expect(table.baseline!.vsOneMission).to.equal(undefined);
    close(table.baseline!.relative, 1 / 3);
  });

  it('a lone baseline row is not "or more" and leaves no engaged rows', () => {
    const table = impactTable(impactFixture({ rows: [{ k: 0, customers: 3, orders: 1, revenue: 9 }] }));
    expect(table.rows).to.deep.equal([]);
    expect(table.baseline!.orMore).to.equal(false);
    expect(table.engagedCustomers).to.equal(0);
  });

  it('finiteRatio refuses zero, negative and overflowing divisions', () => {
    expect(finiteRatio(1, 0)).to.equal(undefined);
    expect(finiteRatio(0, 0)).to.equal(undefined);
    expect(finiteRatio(1, -2)).to.equal(undefined);
    expect(finiteRatio(Number.MAX_VALUE, Number.MIN_VALUE)).to.equal(undefined);
    expect(finiteRatio(Number.POSITIVE_INFINITY, 2)).to.equal(undefined);
    expect(finiteRatio(3, 4)).to.equal(0.75);
  });

  describe('properties', () => {
    it('shares of rows k ≥ 1 sum to 1 when anyone is engaged', () => {
      fc.assert(
        fc.property(impactArbitrary, (response) => {
          const table = impactTable(response);
          const sum = table.rows.reduce((s, row) => s + (row.share ?? 0), 0);
          if (table.engagedCustomers > 0) expect(sum).to.be.closeTo(1, 1e-9);
          else expect(table.rows.every((row) => row.share === undefined)).to.equal(true);
        }),
      );
    });

    it('revenue per customer = average basket × average orders', () => {
      fc.assert(
        fc.property(impactArbitrary, (response) => {
          const table = impactTable(response);
          for (const row of [...table.rows, ...(table.baseline ? [table.baseline] : [])]) {
            const { averageBasket: basket, averageOrders: orders, revenuePerCustomer: perCustomer } = row;
            if (basket === undefined || orders === undefined || perCustomer === undefined) continue;
            const product = basket * orders;
            if (!Number.isFinite(product)) continue;
            expect(perCustomer).to.be.closeTo(product, Math.max(1e-9, Math.abs(product) * 1e-12));
          }
        }),
      );
    });

    it('every derived figure is finite or undefined, relative bars within [0, 1]', () => {
      fc.assert(
        fc.property(impactArbitrary, (response) => {
          const table = impactTable(response);
          for (const row of [...table.rows, ...(table.baseline ? [table.baseline] : [])]) {
            for (const value of derived(row)) {
              if (value !== undefined) expect(Number.isFinite(value), String(value)).to.equal(true);
            }
            if (row.relative !== undefined) expect(row.relative).to.be.within(0, 1);
          }
        }),
      );
    });

    it('only the last engaged row is "or more"', () => {
      fc.assert(
        fc.property(impactArbitrary, (response) => {
          const table = impactTable(response);
          const flags = table.rows.map((row) => row.orMore);
          expect(flags.filter(Boolean).length).to.equal(table.rows.length > 0 ? 1 : 0);
          if (table.rows.length > 0) expect(flags.at(-1)).to.equal(true);
        }),
      );
    });
  });
});
