import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { CountsByType, PeriodSummary, SummaryResponse } from '../../src/data/contract.js';
import { summaryKpis, typeShares } from '../../src/metrics/summary.js';

const zero: CountsByType = { classic: 0, content: 0, review: 0, engagement: 0 };

function period(figures: Partial<PeriodSummary>): PeriodSummary {
  return {
    from: '2026-03-01',
    to: '2026-03-30',
    validatedMissions: 0,
    engagedCustomers: 0,
    customers: 0,
    activeMissions: 0,
    byType: zero,
    ...figures,
  };
}

function summary(current: Partial<PeriodSummary>, previous: Partial<PeriodSummary>): SummaryResponse {
  return {
    current: period(current),
    previous: period({ from: '2026-01-30', to: '2026-02-28', ...previous }),
  };
}

describe('summaryKpis', () => {
  it('gives validated missions, engaged customers and participation, in that order', () => {
    const kpis = summaryKpis(
      summary(
        { validatedMissions: 120, engagedCustomers: 45, customers: 300 },
        { validatedMissions: 100, engagedCustomers: 50, customers: 250 },
      ),
    );
    expect(kpis.map((k) => k.id)).to.deep.equal([
      'validatedMissions',
      'engagedCustomers',
      'participationRate',
    ]);
    const [missions, engaged, rate] = kpis;

    expect(missions!.value).to.equal(120);
    expect(missions!.previous).to.equal(100);
    expect(missions!.variation).to.deep.equal({ kind: 'up', ratio: 0.2 });

    expect(engaged!.value).to.equal(45);
    expect(engaged!.previous).to.equal(50);
    expect(engaged!.variation).to.deep.equal({ kind: 'down', ratio: -0.1 });

    // 45 / 300 = 15 %, 50 / 250 = 20 %: participation fell by a quarter
    expect(rate!.value).to.be.closeTo(0.15, 1e-12);
    expect(rate!.previous).to.be.closeTo(0.2, 1e-12);
    expect(rate!.variation.kind).to.equal('down');
    expect((rate!.variation as { ratio: number }).ratio).to.be.closeTo(-0.25, 1e-12);
  });

  it('participation is undefined when there are no customers, and has no variation', () => {
    const [, , rate] = summaryKpis(
      summary({ engagedCustomers: 0, customers: 0 }, { engagedCustomers: 2, customers: 10 }),
    );
    expect(rate!.value).to.equal(undefined);
    expect(rate!.previous).to.be.closeTo(0.2, 1e-12);
    expect(rate!.variation).to.deep.equal({ kind: 'none' });

    const [, , before] = summaryKpis(summary({ engagedCustomers: 3, customers: 10 }, { customers: 0 }));
    expect(before!.value).to.be.closeTo(0.3, 1e-12);
    expect(before!.previous).to.equal(undefined);
    expect(before!.variation).to.deep.equal({ kind: 'none' });
  });

  it('participation of 0 engaged out of some customers is 0, not undefined', () => {
    const [, , rate] = summaryKpis(
      summary({ engagedCustomers: 0, customers: 40 }, { engagedCustomers: 0, customers: 40 }),
    );
    expect(rate!.value).to.equal(0);
    expect(rate!.previous).to.equal(0);
    expect(rate!.variation).to.deep.equal({ kind: 'none' });
  });

  it('variations: new, none and flat', () => {
    const [missions, engaged, rate] = summaryKpis(
      summary(
        { validatedMissions: 7, engagedCustomers: 0, customers: 10 },
        { validatedMissions: 0, engagedCustomers: 0, customers: 20 },
      ),
    );
    expect(missions!.variation).to.deep.equal({ kind: 'new' });
    expect(engaged!.variation).to.deep.equal({ kind: 'none' });
    expect(rate!.variation).to.deep.equal({ kind: 'none' });

    const [flat, , flatRate] = summaryKpis(
      summary(
        { validatedMissions: 9, engagedCustomers: 3, customers: 12 },
        { validatedMissions: 9, engagedCustomers: 2, customers: 8 },
      ),
    );
    expect(flat!.variation).to.deep.equal({ kind: 'flat', ratio: 0 });
    expect(flatRate!.variation).to.deep.equal({ kind: 'flat', ratio: 0 });
  });

  it('participation from 0 % to some is "new"', () => {
    const [, , rate] = summaryKpis(
      summary({ engagedCustomers: 5, customers: 50 }, { engagedCustomers: 0, customers: 50 }),
    );
    expect(rate!.variation).to.deep.equal({ kind: 'new' });
  });

  it('for any counts: participation is engaged / customers and every number is finite', () => {
    const figures = fc.record({
      validatedMissions: fc.nat(1e9),
      engagedCustomers: fc.nat(1e6),
      customers: fc.oneof(fc.constant(0), fc.nat(1e6)),
    });
    fc.assert(
      fc.property(figures, figures, (current, previous) => {
        const [missions, engaged, rate] = summaryKpis(summary(current, previous));
        expect(missions!.value).to.equal(current.validatedMissions);
        expect(engaged!.value).to.equal(current.engagedCustomers);
        if (current.customers === 0) expect(rate!.value).to.equal(undefined);
        else expect(rate!.value! * current.customers).to.be.closeTo(current.engagedCustomers, 1e-6);
        if (previous.customers === 0) expect(rate!.previous).to.equal(undefined);
        else expect(rate!.previous! * previous.customers).to.be.closeTo(previous.engagedCustomers, 1e-6);
        for (const kpi of [missions!, engaged!, rate!]) {
          if ('ratio' in kpi.variation) expect(Number.isFinite(kpi.variation.ratio)).to.equal(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('typeShares', () => {
  it('gives each type its count, share and variation, in the fixed type order', () => {
    const shares = typeShares(
      summary(
        { byType: { engagement: 0, review: 20, content: 30, classic: 50 } },
        { byType: { engagement: 0, review: 0, content: 30, classic: 40 } },
      ),
    );
    expect(shares).to.deep.equal([
      { type: 'classic', count: 50, previous: 40, share: 0.5, variation: { kind: 'up', ratio: 0.25 } },
      { type: 'content', count: 30, previous: 30, share: 0.3, variation: { kind: 'flat', ratio: 0 } },
      { type: 'review', count: 20, previous: 0, share: 0.2, variation: { kind: 'new' } },
      { type: 'engagement', count: 0, previous: 0, share: 0, variation: { kind: 'none' } },
    ]);
  });

  it('shares are undefined, not 0, when no mission was validated', () => {
    const shares = typeShares(
      summary({ byType: zero }, { byType: { classic: 3, content: 0, review: 1, engagement: 0 } }),
    );
    expect(shares.map((s) => s.share)).to.deep.equal([undefined, undefined, undefined, undefined]);
    expect(shares.map((s) => s.variation)).to.deep.equal([
      { kind: 'down', ratio: -1 },
      { kind: 'none' },
      { kind: 'down', ratio: -1 },
      { kind: 'none' },
    ]);
  });

  it('does not use validatedMissions as the total (shares are of the types)', () => {
    const shares = typeShares(
      summary({ validatedMissions: 1000, byType: { classic: 1, content: 1, review: 1, engagement: 1 } }, {}),
    );
    expect(shares.map((s) => s.share)).to.deep.equal([0.25, 0.25, 0.25, 0.25]);
  });

  it('for any counts: fixed order, shares sum to 1, proportional to counts', () => {
    const count = fc.oneof(fc.constant(0), fc.nat(100), fc.nat(1e12));
    const byType = fc.record({ classic: count, content: count, review: count, engagement: count });
    fc.assert(
      fc.property(byType, byType, (current, previous) => {
        const shares = typeShares(summary({ byType: current }, { byType: previous }));
        expect(shares.map((s) => s.type)).to.deep.equal(['classic', 'content', 'review', 'engagement']);
        const total = current.classic + current.content + current.review + current.engagement;
        for (const s of shares) {
          expect(s.count).to.equal(current[s.type]);
          expect(s.previous).to.equal(previous[s.type]);
          if (total === 0) expect(s.share).to.equal(undefined);
          else {
            expect(s.share).to.be.within(0, 1);
            expect(s.share! * total).to.be.closeTo(current[s.type], total * 1e-12);
          }
        }
        if (total > 0) {
          const sum = shares.reduce((acc, s) => acc + s.share!, 0);
          expect(Math.abs(sum - 1)).to.be.at.most(1e-9);
        }
      }),
      { numRuns: 200 },
    );
  });
});
