import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  autoResolution,
  bucketDaily,
  bucketSeries,
  bucketTotal,
  dateOfDay,
  dayNumber,
  isResolutionSetting,
  isoWeekStart,
  seriesTotal,
  type ResolutionSetting,
} from '../../src/metrics/daily.js';
import type { DailyResponse } from '../../src/data/contract.js';

const zero = { classic: 0, content: 0, review: 0, engagement: 0 };

function daily(from: string, to: string, days: DailyResponse['days']): DailyResponse {
  return { from, to, days };
}

const spans = (buckets: { start: string; end: string }[]) => buckets.map((b) => `${b.start}..${b.end}`);

describe('daily series: resolution', () => {
  it('auto picks day up to 92 days, week up to 730, month beyond', () => {
    expect(autoResolution(1)).to.equal('day');
    expect(autoResolution(92)).to.equal('day');
    expect(autoResolution(93)).to.equal('week');
    expect(autoResolution(730)).to.equal('week');
    expect(autoResolution(731)).to.equal('month');
    expect(autoResolution(1095)).to.equal('month');
  });

  it('knows its settings and nothing else', () => {
    for (const value of ['day', 'week', 'month', 'auto']) expect(isResolutionSetting(value)).to.equal(true);
    for (const value of ['', 'Day', 'year', 'days', ' auto'])
      expect(isResolutionSetting(value)).to.equal(false);
  });

  it('converts dates and finds the Monday of an ISO week', () => {
    expect(dayNumber('1970-01-01')).to.equal(0);
    expect(dateOfDay(dayNumber('2024-02-29'))).to.equal('2024-02-29');
    // 2026-11-01 is a Sunday: its week started on Monday 2026-10-26.
    expect(dateOfDay(isoWeekStart(dayNumber('2026-11-01')))).to.equal('2026-10-26');
    expect(dateOfDay(isoWeekStart(dayNumber('2026-11-30')))).to.equal('2026-11-30');
    // A Thursday before 1970 (negative day numbers).
    expect(dateOfDay(isoWeekStart(dayNumber('1969-12-25')))).to.equal('1969-12-22');
  });
});

describe('daily series: buckets', () => {
  it('fills missing days with zeros, one bucket per day', () => {
    const series = bucketDaily(
      daily('2026-11-01', '2026-11-05', [
        { date: '2026-11-02', byType: { classic: 3, content: 1, review: 0, engagement: 2 } },
        { date: '2026-11-05', byType: { classic: 1, content: 0, review: 4, engagement: 0 } },
      ]),
      'auto',
    );
    expect(series.resolution).to.equal('day');
    expect(series.buckets.map((b) => b.start)).to.deep.equal([
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
    ]);
    expect(series.values).to.deep.equal([
      [0, 3, 0, 0, 1],
      [0, 1, 0, 0, 0],
      [0, 0, 0, 0, 4],
      [0, 2, 0, 0, 0],
    ]);
    expect(bucketTotal(series.values, 1)).to.equal(6);
    expect(series.outside).to.deep.equal([]);
  });

  it('leaves out days outside the period and lists them; adds two entries of the same day', () => {
    const series = bucketDaily(
      daily('2026-11-01', '2026-11-02', [
        { date: '2026-10-31', byType: { ...zero, classic: 9 } },
        { date: '2026-11-01', byType: { ...zero, classic: 2 } },
        { date: '2026-11-01', byType: { ...zero, classic: 5 } },
        { date: '2026-11-03', byType: { ...zero, review: 7 } },
      ]),
      'day',
    );
    expect(series.values[0]).to.deep.equal([7, 0]);
    expect(series.values[2]).to.deep.equal([0, 0]);
    expect(series.outside).to.deep.equal(['2026-10-31', '2026-11-03']);
  });

  it('weeks are ISO weeks from Monday, the partial first and last ones cut to the period', () => {
    const series = bucketDaily(
      daily('2026-11-01', '2026-11-30', [
        { date: '2026-11-01', byType: { ...zero, content: 1 } },
        { date: '2026-11-02', byType: { ...zero, content: 2 } },
        { date: '2026-11-08', byType: { ...zero, content: 4 } },
        { date: '2026-11-30', byType: { ...zero, engagement: 8 } },
      ]),
      'week',
    );
    expect(spans(series.buckets)).to.deep.equal([
      '2026-11-01..2026-11-01',
      '2026-11-02..2026-11-08',
      '2026-11-09..2026-11-15',
      '2026-11-16..2026-11-22',
      '2026-11-23..2026-11-29',
      '2026-11-30..2026-11-30',
    ]);
    expect(series.buckets.map((b) => b.days)).to.deep.equal([1, 7, 7, 7, 7, 1]);
    expect(series.values[1]).to.deep.equal([1, 6, 0, 0, 0, 0]);
    expect(series.values[3]).to.deep.equal([0, 0, 0, 0, 0, 8]);
  });

  it('months are calendar months cut to the period', () => {
    const series = bucketSeries(
      '2024-01-15',
      '2024-03-10',
      'month',
      [
        { date: '2024-01-31', n: 1 },
        { date: '2024-02-29', n: 10 },
        { date: '2024-03-01', n: 100 },
      ],
      [(e) => e.n],
    );
    expect(spans(series.buckets)).to.deep.equal([
      '2024-01-15..2024-01-31',
      '2024-02-01..2024-02-29',
      '2024-03-01..2024-03-10',
    ]);
    expect(series.buckets.map((b) => b.days)).to.deep.equal([17, 29, 10]);
    expect(series.values).to.deep.equal([[1, 10, 100]]);
  });

  it('auto: 93 days are weeks, three years are months', () => {
    expect(bucketSeries('2026-01-01', '2026-04-03', 'auto', [], []).resolution).to.equal('week');
    const years = bucketSeries('2024-01-01', '2026-12-30', 'auto', [], [() => 0]);
    expect(years.resolution).to.equal('month');
    expect(years.buckets).to.have.length(36);
  });

  it('a period whose end is before its start has no bucket, and every entry is outside', () => {
    const series = bucketSeries('2026-11-02', '2026-11-01', 'day', [{ date: '2026-11-01' }], [() => 1]);
    expect(series.buckets).to.deep.equal([]);
    expect(series.values).to.deep.equal([[]]);
    expect(series.outside).to.deep.equal(['2026-11-01']);
  });

  const settings = fc.constantFrom<ResolutionSetting>('day', 'week', 'month', 'auto');
  const period = fc
    .tuple(fc.integer({ min: dayNumber('1999-01-01'), max: dayNumber('2030-12-31') }), fc.nat(1200))
    .map(([first, extra]) => ({ first, last: first + extra }));

  it('buckets cover the period once, in order, on calendar boundaries', () => {
    fc.assert(
      fc.property(period, settings, ({ first, last }, setting) => {
        const series = bucketSeries(dateOfDay(first), dateOfDay(last), setting, [], [() => 0]);
        const { buckets, resolution } = series;
        expect(buckets[0]!.start).to.equal(dateOfDay(first));
        expect(buckets[buckets.length - 1]!.end).to.equal(dateOfDay(last));
        expect(buckets.reduce((n, b) => n + b.days, 0)).to.equal(last - first + 1);
        buckets.forEach((b, i) => {
          expect(dayNumber(b.end) - dayNumber(b.start) + 1).to.equal(b.days);
          if (i === 0) return;
          expect(dayNumber(b.start)).to.equal(dayNumber(buckets[i - 1]!.end) + 1);
          if (resolution === 'week') expect(new Date(`${b.start}T00:00:00Z`).getUTCDay()).to.equal(1);
          if (resolution === 'month') expect(b.start.slice(8)).to.equal('01');
        });
        if (resolution === 'day') expect(buckets.every((b) => b.days === 1)).to.equal(true);
        if (resolution === 'week') expect(buckets.every((b) => b.days <= 7)).to.equal(true);
        if (resolution === 'month') expect(buckets.every((b) => b.days <= 31)).to.equal(true);
      }),
      { numRuns: 150 },
    );
  });

  it('no count is lost or invented: totals inside the period are kept, outside ones listed', () => {
    fc.assert(
      fc.property(
        period,
        settings,
        fc.array(fc.tuple(fc.integer({ min: -30, max: 1230 }), fc.nat(1000), fc.nat(1000)), {
          maxLength: 80,
        }),
        ({ first, last }, setting, raw) => {
          const entries = raw.map(([offset, a, b]) => ({ date: dateOfDay(first + offset), a, b }));
          const series = bucketSeries(dateOfDay(first), dateOfDay(last), setting, entries, [
            (e) => e.a,
            (e) => e.b,
          ]);
          const inside = entries.filter((e) => dayNumber(e.date) >= first && dayNumber(e.date) <= last);
          expect(seriesTotal(series.values[0]!)).to.equal(inside.reduce((n, e) => n + e.a, 0));
          expect(seriesTotal(series.values[1]!)).to.equal(inside.reduce((n, e) => n + e.b, 0));
          expect(series.outside).to.have.length(entries.length - inside.length);
          for (const row of series.values) expect(row).to.have.length(series.buckets.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});
