import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { barIndexAt, stackedBars, type StackedBarsLayout } from '../../src/charts/stacked-bars.js';
import { timeTicks } from '../../src/charts/time-ticks.js';
import { barChartFrame } from '../../src/charts/bar-chart-frame.js';
import { bucketSeries, dateOfDay, dayNumber, type Resolution } from '../../src/metrics/daily.js';

const NO_MARGIN = { top: 0, right: 0, bottom: 0, left: 0 };

interface Rect {
  x: number;
  y0: number;
  w: number;
  y1: number;
}

/** The rectangles `M x,y0 h w V y1 h -w Z` of a series path; fails on anything else. */
function rects(path: string): Rect[] {
  const found: Rect[] = [];
  const pattern = /M(-?[\d.e+-]+),(-?[\d.e+-]+)h(-?[\d.e+-]+)V(-?[\d.e+-]+)h(-?[\d.e+-]+)Z/gy;
  let match: RegExpExecArray | null;
  let end = 0;
  while ((match = pattern.exec(path))) {
    const [, x, y0, w, y1, back] = match.map(Number);
    expect(back).to.equal(-w!);
    found.push({ x: x!, y0: y0!, w: w!, y1: y1! });
    end = pattern.lastIndex;
  }
  expect(end, `unparsed path after ${end}: ${path.slice(end, end + 40)}`).to.equal(path.length);
  return found;
}

describe('stackedBars', () => {
  it('known layout: two bars of two series', () => {
    const layout = stackedBars(
      [
        [1, 2],
        [3, 0],
      ],
      { width: 200, height: 100, margin: NO_MARGIN, tickCount: 4 },
    );
    expect(layout.totals).to.deep.equal([4, 2]);
    expect(layout.yMax).to.equal(4);
    expect(layout.step).to.equal(100);
    expect(layout.barWidth).to.equal(80);
    expect(layout.x).to.deep.equal([10, 110]);
    expect(layout.paths).to.deep.equal(['M10,100h80V75h-80ZM110,100h80V50h-80Z', 'M10,75h80V0h-80Z']);
    expect(layout.tops).to.deep.equal([0, 50]);
    expect(layout.yTicks).to.deep.equal([
      { value: 0, y: 100 },
      { value: 1, y: 75 },
      { value: 2, y: 50 },
      { value: 3, y: 25 },
      { value: 4, y: 0 },
    ]);
    expect(layout.grid).to.equal('M0,100H200M0,75H200M0,50H200M0,25H200M0,0H200');
  });

  it('rounds the y axis up to a nice value and keeps whole-number ticks', () => {
    const margin = { top: 10, right: 5, bottom: 20, left: 40 };
    const layout = stackedBars([[37, 12, 81]], { width: 345, height: 230, margin, tickCount: 5 });
    expect(layout.plot).to.deep.equal({ left: 40, top: 10, width: 300, height: 200 });
    expect(layout.yMax).to.equal(100);
    expect(layout.yTicks.map((t) => t.value)).to.deep.equal([0, 20, 40, 60, 80, 100]);
    // 81 of 100 on 200 px from y = 210: 210 - 162 = 48
    expect(layout.tops[2]).to.equal(48);
    const small = stackedBars([[1, 0]], { width: 100, height: 100, margin: NO_MARGIN, tickCount: 5 });
    expect(small.yTicks.map((t) => t.value)).to.deep.equal([0, 1]);
  });

  it('bars touch when there is no room for a gap, and every bar keeps its slot', () => {
    const days = Array.from({ length: 1095 }, (_, i) => i % 5);
    const layout = stackedBars([days], { width: 640, height: 200, margin: NO_MARGIN });
    expect(layout.step).to.be.closeTo(640 / 1095, 1e-12);
    expect(layout.barWidth).to.equal(layout.step);
    expect(rects(layout.paths[0]!)).to.have.length(days.filter((d) => d > 0).length);
  });

  it('no bar, no series, all zeros: empty paths and an axis from 0 to 1', () => {
    const none = stackedBars([], { width: 300, height: 100, margin: NO_MARGIN });
    expect(none.paths).to.deep.equal([]);
    expect(none.x).to.deep.equal([]);
    const zeros = stackedBars([[0, 0, 0]], { width: 300, height: 100, margin: NO_MARGIN, tickCount: 2 });
    expect(zeros.paths).to.deep.equal(['']);
    expect(zeros.yMax).to.equal(1);
    expect(zeros.tops).to.deep.equal([100, 100, 100]);
  });

  it('draws NaN, negative and infinite counts as zero', () => {
    const layout = stackedBars([[Number.NaN, -3, Number.POSITIVE_INFINITY, 2]], {
      width: 400,
      height: 100,
      margin: NO_MARGIN,
    });
    expect(layout.totals).to.deep.equal([0, 0, 0, 2]);
    expect(rects(layout.paths[0]!)).to.have.length(1);
  });

  it('a size smaller than the margins gives an empty plot, not negative sizes', () => {
    const layout = stackedBars([[1, 2]], {
      width: 10,
      height: 10,
      margin: { top: 8, right: 8, bottom: 8, left: 8 },
    });
    expect(layout.plot.width).to.equal(0);
    expect(layout.plot.height).to.equal(0);
    for (const path of layout.paths) expect(path).not.to.match(/NaN|Infinity/);
  });

  it('finds the bar under x by arithmetic', () => {
    const layout = stackedBars([[1, 2]], { width: 200, height: 100, margin: NO_MARGIN });
    expect([0, 99.9, 100, 200].map((x) => barIndexAt(layout, x))).to.deep.equal([0, 0, 1, 1]);
    expect(barIndexAt(layout, -1)).to.equal(undefined);
    expect(barIndexAt(layout, 200.5)).to.equal(undefined);
    const empty = stackedBars([], { width: 200, height: 100, margin: NO_MARGIN });
    expect(barIndexAt(empty, 50)).to.equal(undefined);
  });

  const size = fc.record({
    width: fc.integer({ min: 100, max: 2400 }),
    height: fc.integer({ min: 60, max: 800 }),
    margin: fc.record({
      top: fc.nat(20),
      right: fc.nat(20),
      bottom: fc.nat(30),
      left: fc.nat(50),
    }),
  });
  const series = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.nat(400)).chain(([s, n]) =>
    fc.array(
      fc.array(fc.oneof(fc.constant(0), fc.nat(50), fc.nat(1_000_000)), { minLength: n, maxLength: n }),
      {
        minLength: s,
        maxLength: s,
      },
    ),
  );

  /** A plain assertion: chai per rectangle is too slow for thousands of them. */
  function check(condition: boolean, message: () => string): void {
    if (!condition) throw new Error(message());
  }

  function checkLayout(values: number[][], layout: StackedBarsLayout): void {
    const { plot } = layout;
    const eps = 0.011;
    const bottom = plot.top + plot.height;
    const barAt = new Map(layout.x.map((x, i) => [Math.round(x * 100), i]));
    // Per bar, the stacked rectangles found in every series path, bottom to top.
    const byBar = new Map<number, Rect[]>();
    layout.paths.forEach((path, s) => {
      const found = rects(path);
      expect(found).to.have.length(values[s]!.filter((v) => v > 0).length);
      for (const r of found) {
        const text = () => JSON.stringify(r);
        check([r.x, r.y0, r.w, r.y1].every(Number.isFinite), text);
        check(r.x >= plot.left - eps && r.x + r.w <= plot.left + plot.width + eps, text);
        check(r.y1 >= plot.top - eps && r.y0 <= bottom + eps && r.y1 <= r.y0, text);
        const i = barAt.get(Math.round(r.x * 100));
        check(i !== undefined, text);
        byBar.set(i!, [...(byBar.get(i!) ?? []), r]);
      }
    });
    layout.totals.forEach((total, i) => {
      const text = () => `bar ${i}: total ${total}, top ${layout.tops[i]}, yMax ${layout.yMax}`;
      check(total === values.reduce((n, row) => n + row[i]!, 0), text);
      check(layout.yMax >= total, text);
      // The top of the stack is the y of the sum.
      const expectedTop = bottom - (total / layout.yMax) * plot.height;
      check(Math.abs(layout.tops[i]! - expectedTop) <= eps, text);
      const stack = byBar.get(i) ?? [];
      if (stack.length === 0) return;
      check(Math.abs(stack[0]!.y0 - bottom) <= eps, text);
      for (let k = 1; k < stack.length; k++) check(stack[k]!.y0 === stack[k - 1]!.y1, text);
      check(stack[stack.length - 1]!.y1 === layout.tops[i], text);
    });
  }

  it('coordinates are finite, bars stay in the plot, and stacks add up to the totals', () => {
    fc.assert(
      fc.property(series, size, (values, options) => checkLayout(values, stackedBars(values, options))),
      { numRuns: 100 },
    );
  });

  it('barIndexAt and x agree: the middle of bar i is bar i', () => {
    fc.assert(
      fc.property(series, size, (values, options) => {
        const layout = stackedBars(values, options);
        fc.pre(layout.step > 0);
        layout.x.forEach((x, i) => {
          check(barIndexAt(layout, x + layout.barWidth / 2) === i, () => `bar ${i} at ${x}`);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('timeTicks', () => {
  const november = bucketSeries('2026-11-01', '2026-11-30', 'day', [], []).buckets.map((b) => b.start);

  it('labels every other day when two slots make room', () => {
    expect(timeTicks(november, 'day', 20, 40)).to.deep.equal([
      0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28,
    ]);
  });

  it('thins days to Mondays, then every other Monday, then month starts', () => {
    // Mondays of November 2026: the 2nd, 9th, 16th, 23rd and 30th.
    expect(timeTicks(november, 'day', 10, 60)).to.deep.equal([1, 8, 15, 22, 29]);
    const fortnight = timeTicks(november, 'day', 5, 60);
    expect(fortnight).to.have.length(2);
    expect(fortnight[1]! - fortnight[0]!).to.equal(14);
    const year = bucketSeries('2026-01-01', '2026-12-31', 'day', [], []).buckets.map((b) => b.start);
    // 1 px a day, 60 px apart: three months (84 days at least) is the first stride that fits.
    expect(timeTicks(year, 'day', 1, 60).map((i) => year[i])).to.deep.equal([
      '2026-01-01',
      '2026-04-01',
      '2026-07-01',
      '2026-10-01',
    ]);
  });

  it('weeks by strides of 1, 2, 4…; months on quarters, halves, years', () => {
    const weeks = bucketSeries('2026-01-01', '2026-06-30', 'week', [], []).buckets.map((b) => b.start);
    expect(timeTicks(weeks, 'week', 20, 50)).to.deep.equal([0, 4, 8, 12, 16, 20, 24]);
    const months = bucketSeries('2024-01-01', '2026-12-31', 'month', [], []).buckets.map((b) => b.start);
    expect(timeTicks(months, 'month', 10, 50).map((i) => months[i])).to.deep.equal([
      '2024-01-01',
      '2024-07-01',
      '2025-01-01',
      '2025-07-01',
      '2026-01-01',
      '2026-07-01',
    ]);
  });

  it('always keeps one label, and none without bars', () => {
    expect(timeTicks([], 'day', 10, 50)).to.deep.equal([]);
    // Thursday to Saturday: no Monday to fall on.
    expect(timeTicks(['2026-11-05', '2026-11-06', '2026-11-07'], 'day', 10, 60)).to.deep.equal([0]);
    expect(timeTicks(['2026-11-05'], 'day', 0, 60)).to.deep.equal([0]);
  });

  it('labels are increasing, in range, and at least minSpacing apart', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2030-01-01') }),
        fc.integer({ min: 1, max: 1500 }),
        fc.constantFrom<Resolution>('day', 'week', 'month'),
        fc.double({ min: 0.05, max: 80, noNaN: true }),
        fc.integer({ min: 20, max: 120 }),
        (first, length, resolution, step, minSpacing) => {
          const starts = bucketSeries(
            dateOfDay(first),
            dateOfDay(first + length - 1),
            resolution,
            [],
            [],
          ).buckets.map((b) => b.start);
          const ticks = timeTicks(starts, resolution, step, minSpacing);
          expect(ticks.length).to.be.at.least(1);
          ticks.forEach((t, k) => {
            expect(t).to.be.within(0, starts.length - 1);
            if (k > 0) expect((t - ticks[k - 1]!) * step).to.be.at.least(minSpacing - 1e-6);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('barChartFrame', () => {
  const starts = bucketSeries('2026-11-01', '2026-11-30', 'day', [], []).buckets.map((b) => b.start);
  const formatStart = (start: string) => `d${start.slice(8)}`;

  it('fits the left margin to the longest y label and formats only the x labels it shows', () => {
    const formatted: string[] = [];
    const frame = barChartFrame({
      starts,
      resolution: 'day',
      series: [starts.map((_, i) => i * 40)],
      width: 400,
      height: 210,
      formatValue: (value) => `#${value}`,
      formatStart: (start) => {
        formatted.push(start);
        return formatStart(start);
      },
    });
    // 1160, plot 176 px high → about 4 ticks: d3 picks steps of 200 up to 1200
    expect(frame.yTicks.map((t) => t.label)).to.deep.equal([
      '#0',
      '#200',
      '#400',
      '#600',
      '#800',
      '#1000',
      '#1200',
    ]);
    // "#1000": 5 characters × 6.5 + 10 = 42.5 → 43
    expect(frame.layout.plot.left).to.equal(43);
    expect(frame.layout.plot.width).to.equal(400 - 43 - 8);
    // 349 / 30 ≈ 11.6 px a day; "d01" needs (3 + 2) × 6.5 + 8 = 40.5 px → 4 days → Mondays.
    expect(frame.xTicks.map((t) => t.label)).to.deep.equal(['d02', 'd09', 'd16', 'd23', 'd30']);
    expect(formatted).to.have.length(1 + 5);
    const first = frame.xTicks[0]!;
    expect(first.at).to.be.closeTo(43 + 1.5 * frame.layout.step, 1e-9);
  });

  it('no bottom margin, no x labels', () => {
    const frame = barChartFrame({
      starts,
      resolution: 'day',
      series: [starts.map(() => 1)],
      width: 300,
      height: 80,
      formatValue: String,
      formatStart,
      marginBottom: 0,
    });
    expect(frame.xTicks).to.deep.equal([]);
    expect(frame.layout.plot.top + frame.layout.plot.height).to.equal(80);
  });
});
