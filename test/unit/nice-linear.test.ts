import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { niceLinear } from '../../src/charts/nice-linear.js';

describe('niceLinear', () => {
  it("gives d3-scale's nice domain and ticks, for any largest value and tick count", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.integer({ min: 2, max: 20 }),
        (largest, count) => {
          const reference = scaleLinear()
            .domain([0, largest > 0 ? largest : 1])
            .nice(count)
            .range([300, 20]);
          const ours = niceLinear(largest, count, 300, 20);
          expect(ours.max).to.equal(reference.domain()[1]);
          expect(ours.ticks).to.deep.equal(reference.ticks(count));
          for (const tick of ours.ticks) expect(ours(tick)).to.be.closeTo(reference(tick), 1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('maps 0 to the bottom and the nice maximum to the top', () => {
    const y = niceLinear(87, 5, 200, 10);
    expect(y.max).to.equal(100);
    expect(y(0)).to.equal(200);
    expect(y(100)).to.equal(10);
    expect(y.ticks).to.deep.equal([0, 20, 40, 60, 80, 100]);
  });
});
