import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { histogramLayout, type HistogramLayout } from '../../src/charts/histogram.js';
import { audienceShares, bracketLabel } from '../../src/metrics/audience.js';
import { audienceFixture } from '../fixtures/audience.js';

const margin = { top: 10, right: 10, bottom: 30, left: 40 };

function numbers(layout: HistogramLayout): number[] {
  return [
    ...layout.bars.flatMap((b) => [b.x, b.y, b.width, b.height, b.centre]),
    ...layout.ticks.flatMap((t) => [t.value, t.y]),
    layout.plot.x,
    layout.plot.y,
    layout.plot.width,
    layout.plot.height,
    ...(layout.separator === undefined ? [] : [layout.separator]),
  ];
}

describe('histogramLayout', () => {
  it('places bars on a band scale and heights on a nice linear scale', () => {
    // plot: 400 - 50 = 350 wide, 230 - 40 = 190 high; 4 bands, inner padding 0.2, outer 0.1:
    // step = 350 / (4 - 0.2 + 0.2) = 87.5, bandwidth 70, first at 0.1 × 87.5 = 8.75
    const layout = histogramLayout([{ value: 10 }, { value: 40 }, { value: 0 }, { value: 25 }], {
      width: 400,
      height: 230,
      margin,
      tickCount: 4,
    });
    expect(layout.plot).to.deep.equal({ x: 40, y: 10, width: 350, height: 190 });
    const [a, b, c, d] = layout.bars;
    expect(a!.x).to.be.closeTo(48.75, 1e-9);
    expect(a!.width).to.be.closeTo(70, 1e-9);
    expect(b!.x).to.be.closeTo(48.75 + 87.5, 1e-9);
    expect(d!.centre).to.be.closeTo(48.75 + 3 * 87.5 + 35, 1e-9);
    // domain 0..40 (already nice): 40 fills the plot, 10 a quarter of it, 0 nothing
    expect(b!.y).to.be.closeTo(10, 1e-9);
    expect(b!.height).to.be.closeTo(190, 1e-9);
    expect(a!.height).to.be.closeTo(47.5, 1e-9);
    expect(c!.height).to.equal(0);
    expect(c!.y).to.equal(200);
    expect(layout.ticks.map((t) => t.value)).to.deep.equal([0, 10, 20, 30, 40]);
    expect(layout.ticks[0]!.y).to.equal(200);
    expect(layout.ticks.at(-1)!.y).to.equal(10);
    expect(layout.separator).to.equal(undefined);
  });

  it('rounds the top of the scale to a nice value above the largest', () => {
    const values = [{ value: 0.343 }, { value: 0.26 }];
    const four = histogramLayout(values, { width: 300, height: 200, margin, tickCount: 4 });
    expect(four.ticks.map((t) => t.value)).to.deep.equal([0, 0.1, 0.2, 0.3, 0.4]);
    // 0.4 is the top of the plot: the tallest bar reaches 0.343 / 0.4 of it
    expect(four.bars[0]!.height).to.be.closeTo((0.343 / 0.4) * 160, 1e-9);
    const five = histogramLayout(values, { width: 300, height: 200, margin, tickCount: 5 });
    expect(five.ticks.at(-1)!.value).to.be.closeTo(0.35, 1e-12);
  });

  it('draws the apart bars last, past a gap, with a separator between', () => {
    const layout = histogramLayout([{ value: 5, apart: true }, { value: 1 }, { value: 2 }], {
      width: 330,
      height: 200,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
      apartGap: 30,
    });
    expect(layout.bars.map((b) => b.index)).to.deep.equal([1, 2, 0]);
    // 300 for 3 bands: step 100, bandwidth 80, first at 10; apart shifted by 30
    const [first, second, apart] = layout.bars;
    expect(first!.x).to.be.closeTo(10, 1e-9);
    expect(second!.x).to.be.closeTo(110, 1e-9);
    expect(apart!.x).to.be.closeTo(240, 1e-9);
    expect(apart!.apart).to.equal(true);
    expect(layout.separator).to.be.closeTo((190 + 240) / 2, 1e-9);
  });

  it('all-zero values keep a 0..1 scale and flat bars', () => {
    const layout = histogramLayout([{ value: 0 }, { value: 0 }], { width: 200, height: 100, margin });
    expect(layout.bars.every((b) => b.height === 0)).to.equal(true);
    expect(layout.ticks.at(-1)!.value).to.equal(1);
  });

  it('every number is finite and bars stay in the plot, whatever the values and size', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            value: fc.oneof(
              fc.double({ noNaN: false }),
              fc.constantFrom(0, -1, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_VALUE),
            ),
            apart: fc.boolean(),
          }),
          { maxLength: 12 },
        ),
        fc.nat(3000),
        fc.nat(1000),
        (input, width, height) => {
          const layout = histogramLayout(input, { width, height, margin });
          expect(layout.bars).to.have.length(input.length);
          for (const n of numbers(layout)) expect(Number.isFinite(n), String(n)).to.equal(true);
          for (const bar of layout.bars) {
            expect(bar.height).to.be.at.least(0);
            expect(bar.y).to.be.at.least(layout.plot.y - 1e-9);
            expect(bar.y + bar.height).to.be.closeTo(layout.plot.y + layout.plot.height, 1e-6);
            expect(bar.x).to.be.at.least(layout.plot.x - 1e-9);
            expect(bar.x + bar.width).to.be.at.most(layout.plot.x + layout.plot.width + 1e-6);
          }
          // bigger values, taller bars
          const drawn = layout.bars.map((b) => ({
            v: Number.isFinite(b.value) && b.value > 0 ? b.value : 0,
            h: b.height,
          }));
          for (const p of drawn) for (const q of drawn) if (p.v > q.v) expect(p.h).to.be.at.least(q.h - 1e-9);
        },
      ),
    );
  });
});

describe('audienceShares', () => {
  it('counts shares of all engaged customers, unknown included', () => {
    const shares = audienceShares(audienceFixture().instagram);
    expect(shares.total).to.equal(612);
    expect(shares.buckets.map((b) => b.customers)).to.deep.equal([210, 160, 60, 12, 3]);
    expect(shares.buckets[0]!.share).to.be.closeTo(210 / 612, 1e-12);
    expect(shares.unknown).to.deep.equal({ customers: 167, share: 167 / 612 });
  });

  it('shares sum to 1 with the unknown, or are all undefined when nobody counts', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10_000), { maxLength: 8 }), fc.nat(10_000), (counts, unknown) => {
        const shares = audienceShares({
          buckets: counts.map((customers, i) => ({ label: `b${i}`, min: i, max: i + 1, customers })),
          unknown,
        });
        const all = [...shares.buckets, shares.unknown];
        if (shares.total === 0) expect(all.every((s) => s.share === undefined)).to.equal(true);
        else expect(all.reduce((sum, s) => sum + s.share!, 0)).to.be.closeTo(1, 1e-9);
      }),
    );
  });
});

describe('bracketLabel', () => {
  it('formats follower bounds compactly and ages in whole years', () => {
    expect(bracketLabel('en', 'instagram', 0, 1000)).to.equal('0–1K');
    expect(bracketLabel('en', 'instagram', 1000, 10000)).to.equal('1K–10K');
    expect(bracketLabel('en', 'tiktok', 100000, 1000000)).to.equal('100K–1M');
    expect(bracketLabel('en', 'tiktok', 1000000, null)).to.equal('1M+');
    expect(bracketLabel('en', 'tiktok', 1500, 2500)).to.equal('1.5K–2.5K');
    expect(bracketLabel('fr', 'instagram', 1000, 10000)).to.match(/^1\sk–10\sk$/);
    expect(bracketLabel('fr', 'instagram', 1000000, null)).to.match(/^1\sM\+$/);
    expect(bracketLabel('en', 'age', 18, 25)).to.equal('18–24');
    expect(bracketLabel('en', 'age', 65, null)).to.equal('65+');
    expect(bracketLabel('en', 'age', 30, 31)).to.equal('30');
  });
});
