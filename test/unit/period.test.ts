import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addDays,
  lastDays,
  localToday,
  periodLength,
  periodProblem,
  previousPeriod,
  resolvePeriod,
} from '../../src/data/period.js';

// An independent calendar (H. Hinnant's days_from_civil / civil_from_days), no Date involved.
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function civilFromDays(z: number): string {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
const dayNumber = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
};

// Days 1601-01-01 .. 8999-12-31, leap days and DST change days included by construction.
const dayArb = fc.integer({ min: daysFromCivil(1601, 1, 1), max: daysFromCivil(8999, 12, 31) });
const dateArb = fc.oneof(
  dayArb.map(civilFromDays),
  // Around leap days and month ends, where off-by-one errors hide
  fc
    .tuple(
      fc.integer({ min: 1890, max: 2110 }),
      fc.constantFrom([2, 28], [2, 29], [3, 1], [12, 31], [1, 1], [3, 29], [10, 25]),
    )
    .filter(([y, [m, d]]) => !(m === 2 && d === 29) || (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0)
    .map(([y, [m, d]]) => civilFromDays(daysFromCivil(y, m, d))),
);

describe('the independent calendar of this test', () => {
  it('knows the epoch and a leap day', () => {
    expect(daysFromCivil(1970, 1, 1)).to.equal(0);
    expect(civilFromDays(daysFromCivil(2024, 2, 29))).to.equal('2024-02-29');
    expect(daysFromCivil(2024, 3, 1) - daysFromCivil(2024, 2, 28)).to.equal(2);
    expect(daysFromCivil(2100, 3, 1) - daysFromCivil(2100, 2, 28)).to.equal(1);
  });
});

describe('addDays', () => {
  it('crosses month, year and leap days', () => {
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2024-02-28', 2)).to.equal('2024-03-01');
    expect(addDays('2025-02-28', 1)).to.equal('2025-03-01');
    expect(addDays('2000-02-28', 1)).to.equal('2000-02-29');
    expect(addDays('1900-02-28', 1)).to.equal('1900-03-01');
    expect(addDays('2025-12-31', 1)).to.equal('2026-01-01');
    expect(addDays('2026-01-01', -1)).to.equal('2025-12-31');
    expect(addDays('2026-03-04', 0)).to.equal('2026-03-04');
    expect(addDays('2026-03-01', -365)).to.equal('2025-03-01');
    expect(addDays('2024-03-01', -366)).to.equal('2023-03-01');
  });

  it('ignores daylight saving changes (European and American change days)', () => {
    expect(addDays('2026-03-29', 1)).to.equal('2026-03-30');
    expect(addDays('2026-03-30', -1)).to.equal('2026-03-29');
    expect(addDays('2026-10-25', 1)).to.equal('2026-10-26');
    expect(addDays('2026-03-08', 1)).to.equal('2026-03-09');
    expect(addDays('2026-11-01', 1)).to.equal('2026-11-02');
  });

  it('matches an independent calendar and round trips, for any date and shift', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        const moved = addDays(date, n);
        expect(moved).to.equal(civilFromDays(dayNumber(date) + n));
        expect(addDays(moved, -n)).to.equal(date);
      }),
      { numRuns: 200 },
    );
  });
});

describe('periodLength', () => {
  it('counts both ends', () => {
    expect(periodLength({ from: '2026-03-04', to: '2026-03-04' })).to.equal(1);
    expect(periodLength({ from: '2026-03-01', to: '2026-03-31' })).to.equal(31);
    expect(periodLength({ from: '2024-02-01', to: '2024-02-29' })).to.equal(29);
    expect(periodLength({ from: '2025-01-01', to: '2025-12-31' })).to.equal(365);
    expect(periodLength({ from: '2026-03-28', to: '2026-03-30' })).to.equal(3);
  });
});

describe('previousPeriod', () => {
  it('has as many days and ends the day before from', () => {
    expect(previousPeriod({ from: '2024-03-01', to: '2024-03-31' })).to.deep.equal({
      from: '2024-01-30',
      to: '2024-02-29',
    });
    expect(previousPeriod({ from: '2025-03-01', to: '2025-03-31' })).to.deep.equal({
      from: '2025-01-29',
      to: '2025-02-28',
    });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-01-01' })).to.deep.equal({
      from: '2025-12-31',
      to: '2025-12-31',
    });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-07' })).to.deep.equal({
      from: '2026-02-22',
      to: '2026-02-28',
    });
  });

  it('for any period: same length, ends the day before from, per an independent calendar', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 800 }), (from, days) => {
        const to = civilFromDays(dayNumber(from) + days - 1);
        const previous = previousPeriod({ from, to });
        expect(dayNumber(previous.to)).to.equal(dayNumber(from) - 1);
        expect(dayNumber(previous.to) - dayNumber(previous.from) + 1).to.equal(days);
        expect(periodLength(previous)).to.equal(days);
        expect(periodLength({ from, to })).to.equal(days);
      }),
      { numRuns: 200 },
    );
  });
});

describe('periodProblem', () => {
  it('accepts missing ends and ordered dates', () => {
    expect(periodProblem(undefined, undefined)).to.equal(undefined);
    expect(periodProblem('2026-03-01', undefined)).to.equal(undefined);
    expect(periodProblem(undefined, '2026-03-01')).to.equal(undefined);
    expect(periodProblem('2026-03-01', '2026-03-01')).to.equal(undefined);
    expect(periodProblem('2025-12-31', '2026-01-01')).to.equal(undefined);
  });

  it('names the malformed end', () => {
    expect(periodProblem('2026-02-30', '2026-03-31')).to.equal(
      'from must be a date YYYY-MM-DD, got "2026-02-30"',
    );
    expect(periodProblem('2026-03-01', '31/03/2026')).to.equal(
      'to must be a date YYYY-MM-DD, got "31/03/2026"',
    );
    expect(periodProblem('', undefined)).to.equal('from must be a date YYYY-MM-DD, got ""');
    expect(periodProblem('2025-02-29', '2024-02-29')).to.equal(
      'from must be a date YYYY-MM-DD, got "2025-02-29"',
    );
  });

  it('reports a reversed period', () => {
    expect(periodProblem('2026-03-05', '2026-03-04')).to.equal('from (2026-03-05) is after to (2026-03-04)');
    expect(periodProblem('2026-01-01', '2025-12-31')).to.equal('from (2026-01-01) is after to (2025-12-31)');
  });
});

describe('resolvePeriod and lastDays', () => {
  it('keeps both ends when given', () => {
    expect(resolvePeriod('2026-01-01', '2026-03-31', '2026-05-05')).to.deep.equal({
      from: '2026-01-01',
      to: '2026-03-31',
    });
  });

  it('defaults to the 30 days ending today', () => {
    expect(resolvePeriod(undefined, undefined, '2026-03-31')).to.deep.equal({
      from: '2026-03-02',
      to: '2026-03-31',
    });
    expect(resolvePeriod(undefined, undefined, '2024-03-01')).to.deep.equal({
      from: '2024-02-01',
      to: '2024-03-01',
    });
  });

  it('defaults to the 30 days ending on to, or starting on from', () => {
    expect(resolvePeriod(undefined, '2024-03-01', '2026-05-05')).to.deep.equal({
      from: '2024-02-01',
      to: '2024-03-01',
    });
    expect(resolvePeriod('2026-02-01', undefined, '2026-05-05')).to.deep.equal({
      from: '2026-02-01',
      to: '2026-03-02',
    });
    expect(resolvePeriod('', undefined, '2026-03-31')).to.deep.equal({
      from: '2026-03-02',
      to: '2026-03-31',
    });
  });

  // Regression (fixed): resolvePeriod treats an empty `from` as missing (truthiness test) but an empty `to` as given
  // (`to ?? today`), so resolvePeriod(undefined, '', '2026-03-31') and resolvePeriod('', '', '2026-03-31')
  // throw `RangeError: Invalid time value` (from addDays -> toISOString) instead of defaulting to the
  // 30 days ending today. Any malformed end reaching it throws the same way, e.g.
  // resolvePeriod(undefined, 'soon', t) or resolvePeriod('soon', undefined, t). MissionElement#period
  // (used by periodText() in the ready state of <mission-kpis>/<mission-type-donut>) calls it without
  // going through periodProblem first when the `data` property is set, so `to=""` or `from="x"` plus
  // `.data` makes render throw.
  it('an empty to means "missing", like an empty from', () => {
    expect(resolvePeriod(undefined, '', '2026-03-31')).to.deep.equal({
      from: '2026-03-02',
      to: '2026-03-31',
    });
    expect(resolvePeriod('', '', '2026-03-31')).to.deep.equal({ from: '2026-03-02', to: '2026-03-31' });
  });

  it('any resolved default period is 30 days long', () => {
    fc.assert(
      fc.property(dateArb, fc.constantFrom('from', 'to', 'today'), (date, given) => {
        const p =
          given === 'from'
            ? resolvePeriod(date, undefined, '2000-01-01')
            : given === 'to'
              ? resolvePeriod(undefined, date, '2000-01-01')
              : resolvePeriod(undefined, undefined, date);
        expect(dayNumber(p.to) - dayNumber(p.from) + 1).to.equal(30);
        if (given === 'from') expect(p.from).to.equal(date);
        else expect(p.to).to.equal(date);
      }),
      { numRuns: 100 },
    );
  });

  it('lastDays', () => {
    expect(lastDays(1, '2026-03-04')).to.deep.equal({ from: '2026-03-04', to: '2026-03-04' });
    expect(lastDays(7, '2026-03-04')).to.deep.equal({ from: '2026-02-26', to: '2026-03-04' });
    expect(lastDays(90, '2026-03-31')).to.deep.equal({ from: '2026-01-01', to: '2026-03-31' });
  });
});

describe('localToday', () => {
  it('is the local calendar date, whatever the time of day', () => {
    expect(localToday(new Date(2026, 2, 4, 0, 0, 0))).to.equal('2026-03-04');
    expect(localToday(new Date(2026, 2, 4, 23, 59, 59))).to.equal('2026-03-04');
    expect(localToday(new Date(2024, 1, 29, 12))).to.equal('2024-02-29');
    expect(localToday(new Date(2026, 0, 1, 0, 30))).to.equal('2026-01-01');
  });
});
