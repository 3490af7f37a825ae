/**
 * The pure parts of the span rollups' readers (server/queries/spans.ts):
 * how a period becomes aligned blocks, and how customer ids are cut into
 * ranges for statements that run side by side.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dateToDays } from '../../server/params.ts';
import {
  MAX_SPAN_LEVEL,
  blockRanges,
  inCustomerOrder,
  periodSpans,
  splitCustomerIds,
  type CustomerRange,
} from '../../server/queries/spans.ts';
import type { SqlParam } from '../../server/db.ts';

const isoDay = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);
const periodArbitrary = fc
  .tuple(fc.integer({ min: -30_000, max: 60_000 }), fc.integer({ min: 0, max: 1099 }))
  .map(([start, length]) => ({ from: isoDay(start), to: isoDay(start + length) }));

describe('periodSpans', () => {
  it('covers every day of the period exactly once with aligned blocks, at most two per level', () => {
    fc.assert(
      fc.property(periodArbitrary, (period) => {
        const { levels, spans } = periodSpans(period);
        const covered: number[] = [];
        levels.forEach((level, i) => {
          assert.ok(level >= 0 && level <= MAX_SPAN_LEVEL);
          const first = spans[i]! * 2 ** level;
          for (let day = first; day < first + 2 ** level; day++) covered.push(day);
        });
        const from = dateToDays(period.from);
        const to = dateToDays(period.to);
        assert.deepEqual(
          covered,
          Array.from({ length: to - from + 1 }, (_, i) => from + i),
        );
        for (let level = 0; level <= MAX_SPAN_LEVEL; level++) {
          assert.ok(levels.filter((candidate) => candidate === level).length <= 2);
        }
      }),
    );
  });

  it('splits a 30-day period into a handful of blocks', () => {
    assert.deepEqual(periodSpans({ from: '2026-11-05', to: '2026-12-04' }), {
      levels: [1, 2, 4, 3],
      spans: [10381, 5191, 1298, 2598],
    });
  });
});

describe('splitCustomerIds', () => {
  const inRange = (id: bigint, range: CustomerRange) =>
    (range.from === null || id >= BigInt(range.from)) && (range.to === null || id < BigInt(range.to));

  it('puts every id in exactly one range, the ranges contiguous and open at both ends', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(2n ** 62n), max: 2n ** 62n }),
        fc.bigInt({ min: 0n, max: 2n ** 40n }),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), { maxLength: 20 }),
        (low, spread, parts, probes) => {
          const high = low + spread;
          const ranges = splitCustomerIds(low, high, parts);
          assert.equal(ranges[0]!.from, null);
          assert.equal(ranges.at(-1)!.to, null);
          for (let i = 1; i < ranges.length; i++) assert.equal(ranges[i]!.from, ranges[i - 1]!.to);
          assert.equal(ranges.length, spread + 1n >= BigInt(parts) ? parts : 1);
          for (const id of [low, high, low + spread / 2n, ...probes]) {
            assert.equal(ranges.filter((range) => inRange(id, range)).length, 1, `id ${id}`);
          }
        },
      ),
    );
  });

  it('cuts sequential ids into equal halves', () => {
    assert.deepEqual(splitCustomerIds(1n, 100_000n, 2), [
      { from: null, to: '50001' },
      { from: '50001', to: null },
    ]);
  });
});

describe('blockRanges and inCustomerOrder', () => {
  it('binds the blocks and the customer range as parameters, one ordered branch per block', () => {
    const params: SqlParam[] = ['1'];
    const branches = blockRanges(
      { levels: [3, 0], spans: [2598, 20790] },
      params,
      'SELECT customer_id FROM customer_span WHERE merchant_id = $1::bigint',
      { from: '10', to: null },
    );
    assert.deepEqual(params, ['1', '10', 3, 2598, 0, 20790]);
    assert.equal(branches.length, 2);
    assert.match(branches[0]!, /customer_id >= \$2::bigint/);
    assert.match(branches[1]!, /level = \$5::smallint AND span = \$6::int/);
    assert.match(inCustomerOrder(branches), /UNION ALL[\s\S]*\n\s*ORDER BY customer_id$/);
  });

  it('leaves a single branch as it is (a second ORDER BY would be a syntax error)', () => {
    const [branch] = blockRanges({ levels: [0], spans: [1] }, [], 'SELECT customer_id FROM t WHERE true');
    assert.equal(inCustomerOrder([branch!]), branch);
  });
});
