import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ratio, variation } from '../../src/metrics/variation.js';

describe('variation', () => {
  it('is (current - previous) / previous', () => {
    expect(variation(120, 100)).to.deep.equal({ kind: 'up', ratio: 0.2 });
    expect(variation(75, 100)).to.deep.equal({ kind: 'down', ratio: -0.25 });
    expect(variation(100, 100)).to.deep.equal({ kind: 'flat', ratio: 0 });
  });

  it('is "new" when the previous period had none, "none" when neither had any', () => {
    expect(variation(5, 0)).to.deep.equal({ kind: 'new' });
    expect(variation(0, 0)).to.deep.equal({ kind: 'none' });
    expect(variation(undefined, 3)).to.deep.equal({ kind: 'none' });
  });

  it('never yields NaN or Infinity, for any counts', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (current, previous) => {
        const v = variation(current, previous);
        if ('ratio' in v) {
          expect(Number.isFinite(v.ratio)).to.equal(true);
          expect(Math.sign(v.ratio)).to.equal(Math.sign(current - previous));
        } else {
          expect(previous).to.equal(0);
        }
      }),
    );
  });

  it('ratio of a zero whole is undefined, not 0', () => {
    expect(ratio(3, 0)).to.equal(undefined);
    expect(ratio(1, 4)).to.equal(0.25);
  });
});
