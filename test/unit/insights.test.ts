import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ImpactResponse } from '../../src/data/contract.js';
import {
  computeInsights,
  HIGH_PARTICIPATION,
  LOW_PARTICIPATION,
  MIN_ACTIVE_MISSIONS,
  MIN_SAMPLE,
  ONE_MISSION_SHARE,
  type Insight,
} from '../../src/metrics/insights.js';
import { insightFigure, insightMessage, insightsText } from '../../src/mission-insights/messages.js';
import { impactFixture } from '../fixtures/impact.js';
import { summaryFixture } from '../fixtures/summary.js';

const ids = (insights: Insight[]) => insights.map((i) => i.id);

/** Rows k = 0..n with the given customers; orders and revenue proportional unless given. */
function impactOf(rows: { customers: number; orders?: number; revenue?: number }[]): ImpactResponse {
  return impactFixture({
    rows: rows.map((row, k) => ({
      k,
      customers: row.customers,
      orders: row.orders ?? row.customers,
      revenue: row.revenue ?? row.customers * 50,
    })),
  });
}

const summaryArbitrary = fc
  .record({
    customers: fc.oneof(fc.constant(0), fc.nat(100_000)),
    engaged: fc.oneof(fc.constant(0), fc.nat(100_000)),
    activeMissions: fc.nat(30),
  })
  .map(({ customers, engaged, activeMissions }) =>
    summaryFixture({ current: { customers, engagedCustomers: engaged, activeMissions } }),
  );

const impactArbitrary = fc
  .array(
    fc.record({
      customers: fc.oneof(fc.constant(0), fc.nat(1000), fc.constant(Number.MAX_SAFE_INTEGER)),
      orders: fc.oneof(fc.constant(0), fc.nat(5000)),
      revenue: fc.oneof(
        fc.constant(0),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.constantFrom(Number.MAX_VALUE, Number.MIN_VALUE),
      ),
    }),
    { maxLength: 8 },
  )
  .map(impactOf);

describe('computeInsights', () => {
  it('finds the fixture’s advice with hand-computed figures', () => {
    const insights = computeInsights(impactFixture(), summaryFixture());
    // participation 612 / 4210 = 14.5%: neither low nor high; 9 active missions: enough
    expect(ids(insights)).to.deep.equal(['oneMissionShare', 'revenueMultiple', 'baselineGap']);
    const [one, multiple, baseline] = insights as [
      Extract<Insight, { id: 'oneMissionShare' }>,
      Extract<Insight, { id: 'revenueMultiple' }>,
      Extract<Insight, { id: 'baselineGap' }>,
    ];
    expect(one.share).to.be.closeTo(380 / 612, 1e-12);
    expect(one.customers).to.equal(380);
    // 3+: (7920 + 5040 + 5005) / (60 + 30 + 22) = 160.40 per customer vs 54 → 2.97×
    expect(multiple.multiple).to.be.closeTo(17965 / 112 / 54, 1e-12);
    expect(multiple.engagedCustomers).to.equal(112);
    expect(multiple.oneMissionCustomers).to.equal(380);
    // engaged: 49,285 / 612 = 80.53 per customer vs 32 without a mission → 2.5×
    expect(baseline.multiple).to.be.closeTo(49285 / 612 / 32, 1e-12);

    expect(insightMessage('en', one)).to.equal(
      '62% of engaged customers did only one mission (380 customers): make the next one easy to start, such as a simple classic mission.',
    );
    expect(insightMessage('en', multiple)).to.equal(
      'Customers with 3+ missions bring 3× the revenue of one-mission customers: suggest a next mission to bring the others back.',
    );
    expect(insightFigure('en', baseline)).to.equal('2.5×');
    expect(insightFigure('fr', baseline)).to.equal('2,5\u202f×');
    expect(insightMessage('fr', one)).to.match(
      /^62\s%\sdes clients engagés n’ont fait qu’une seule mission \(380 clients\)/,
    );
  });

  it('advises more missions below 8 active, with plural forms', () => {
    const at = (activeMissions: number) =>
      computeInsights(impactFixture(), summaryFixture({ current: { activeMissions } })).find(
        (i) => i.id === 'fewActiveMissions',
      );
    expect(at(MIN_ACTIVE_MISSIONS)).to.equal(undefined);
    expect(at(7)).to.deep.equal({ id: 'fewActiveMissions', kind: 'opportunity', activeMissions: 7 });
    expect(insightMessage('en', at(7)!)).to.equal(
      'Only 7 missions are active: offer 8 to 10 missions and renew them regularly.',
    );
    expect(insightMessage('en', at(1)!)).to.equal(
      'Only one mission is active: offer 8 to 10 missions and renew them regularly.',
    );
    expect(insightMessage('fr', at(0)!)).to.equal(
      'Aucune mission n’est active : proposez de 8 à 10 missions et renouvelez-les régulièrement.',
    );
  });

  it('warns of low participation and praises high participation, with enough customers', () => {
    const rate = (engaged: number, customers: number) =>
      ids(
        computeInsights(
          impactFixture(),
          summaryFixture({ current: { engagedCustomers: engaged, customers } }),
        ),
      );
    expect(rate(99, 1000)).to.include('lowParticipation');
    expect(rate(100, 1000)).not.to.include('lowParticipation');
    expect(rate(299, 1000)).not.to.include('highParticipation');
    expect(rate(300, 1000)).to.include('highParticipation');
    // too few customers to judge
    expect(rate(0, MIN_SAMPLE - 1)).not.to.include('lowParticipation');
    expect(rate(0, 0)).not.to.include('lowParticipation');
    const low = computeInsights(
      impactFixture(),
      summaryFixture({ current: { engagedCustomers: 61, customers: 1000 } }),
    )[0]!;
    expect(insightMessage('en', low)).to.equal(
      'Only 6.1% of customers did a mission in this period: promote the missions where customers already are (receipts, emails, app).',
    );
  });

  it('says nothing about revenue when a group is under the minimum sample', () => {
    // 3+ group has 29 customers
    const small = impactOf([
      { customers: 100 },
      { customers: 100, revenue: 1000 },
      { customers: 10 },
      { customers: 29, revenue: 29 * 100 },
    ]);
    expect(ids(computeInsights(small, summaryFixture()))).not.to.include('revenueMultiple');
    const enough = impactOf([
      { customers: 100 },
      { customers: 100, revenue: 1000 },
      { customers: 10 },
      { customers: 30, revenue: 30 * 100 },
    ]);
    const found = computeInsights(enough, summaryFixture()).find((i) => i.id === 'revenueMultiple');
    expect(found).to.deep.include({ multiple: 10, engagedCustomers: 30, oneMissionCustomers: 100 });
  });

  it('says nothing about revenue when the data stops before 3 missions or the gap is small', () => {
    const upToTwo = impactOf([{ customers: 100 }, { customers: 100 }, { customers: 100, revenue: 1e6 }]);
    expect(ids(computeInsights(upToTwo, summaryFixture()))).not.to.include('revenueMultiple');
    const flat = impactOf([{ customers: 100 }, { customers: 100 }, { customers: 100 }, { customers: 100 }]);
    expect(ids(computeInsights(flat, summaryFixture()))).to.not.include.members([
      'revenueMultiple',
      'baselineGap',
    ]);
  });

  it('does not call "1 or more" customers one-mission customers', () => {
    const onlyOneOrMore = impactOf([{ customers: 100 }, { customers: 100 }]);
    expect(ids(computeInsights(onlyOneOrMore, summaryFixture()))).not.to.include('oneMissionShare');
  });

  it('nothing to say: an empty list', () => {
    const quiet = computeInsights(
      impactOf([{ customers: 0 }, { customers: 10 }, { customers: 20 }]),
      summaryFixture({ current: { engagedCustomers: 200, customers: 1000, activeMissions: 9 } }),
    );
    expect(quiet).to.deep.equal([]);
    expect(insightsText('en', 'insightsEmpty', { min: 30 })).to.contain('at least 30');
  });

  describe('properties', () => {
    it('never a NaN or an Infinity, in figures or in messages, in either language', () => {
      fc.assert(
        fc.property(impactArbitrary, summaryArbitrary, (impact, summary) => {
          for (const insight of computeInsights(impact, summary)) {
            for (const value of Object.values(insight)) {
              if (typeof value === 'number') expect(Number.isFinite(value), insight.id).to.equal(true);
            }
            for (const lang of ['en', 'fr'] as const) {
              const text = `${insightFigure(lang, insight)} ${insightMessage(lang, insight)}`;
              expect(text).not.to.match(/NaN|Infinity|∞|undefined|\{\w+\}/);
            }
          }
        }),
      );
    });

    it('the one-mission advice appears iff its share reaches the threshold (enough engaged customers)', () => {
      fc.assert(
        fc.property(
          fc.nat(2000),
          fc.nat(2000),
          fc.nat(2000),
          summaryArbitrary,
          (one, two, threeOrMore, summary) => {
            const impact = impactOf([
              { customers: 50 },
              { customers: one },
              { customers: two },
              { customers: threeOrMore },
            ]);
            const engaged = one + two + threeOrMore;
            const expected = engaged >= MIN_SAMPLE && one / engaged >= ONE_MISSION_SHARE;
            expect(ids(computeInsights(impact, summary)).includes('oneMissionShare')).to.equal(expected);
          },
        ),
      );
    });

    it('participation advice is monotonic: low below 10%, high from 30%, never both', () => {
      fc.assert(
        fc.property(summaryArbitrary, (summary) => {
          const found = ids(computeInsights(impactFixture(), summary));
          const { engagedCustomers, customers } = summary.current;
          const judged = customers >= MIN_SAMPLE;
          expect(found.includes('lowParticipation')).to.equal(
            judged && engagedCustomers / customers < LOW_PARTICIPATION,
          );
          expect(found.includes('highParticipation')).to.equal(
            judged && engagedCustomers / customers >= HIGH_PARTICIPATION,
          );
          expect(found.includes('fewActiveMissions')).to.equal(
            summary.current.activeMissions < MIN_ACTIVE_MISSIONS,
          );
        }),
      );
    });

    it('the revenue multiple, when given, is at least the threshold and both groups are large enough', () => {
      fc.assert(
        fc.property(impactArbitrary, summaryArbitrary, (impact, summary) => {
          for (const insight of computeInsights(impact, summary)) {
            if (insight.id !== 'revenueMultiple') continue;
            expect(insight.multiple).to.be.at.least(1.2);
            expect(insight.engagedCustomers).to.be.at.least(MIN_SAMPLE);
            expect(insight.oneMissionCustomers).to.be.at.least(MIN_SAMPLE);
          }
        }),
      );
    });
  });
});
