import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  formatCount,
  formatCurrency,
  formatDate,
  formatPercent,
  formatSignedPercent,
} from '../../src/format/format.js';
import { SUPPORTED_LANGS, t, toLang, type Translator } from '../../src/format/messages.js';
import { kpisText } from '../../src/mission-kpis/messages.js';
import { donutText } from '../../src/mission-type-donut/messages.js';
import { impactText } from '../../src/mission-impact-table/messages.js';
import { insightsText } from '../../src/mission-insights/messages.js';
import { audienceText } from '../../src/mission-audience-chart/messages.js';
import { listText } from '../../src/mission-list/messages.js';
import { dailyText } from '../../src/mission-daily-chart/messages.js';
import { detailText } from '../../src/mission-detail/messages.js';
import { leaderboardText } from '../../src/mission-leaderboard/messages.js';
import { csvExportText } from '../../src/base/csv-export.js';

/** Narrow no-break space (fr thousands separator) and no-break space (fr before % and €). */
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatCount', () => {
  it('groups thousands in en and fr', () => {
    expect(formatCount('en', 1234567)).to.equal('1,234,567');
    expect(formatCount('fr', 1234567)).to.equal(`1${NNBSP}234${NNBSP}567`);
    expect(formatCount('en', 0)).to.equal('0');
    expect(formatCount('fr', 999)).to.equal('999');
  });

  it('rounds to a whole number', () => {
    expect(formatCount('en', 1234.6)).to.equal('1,235');
    expect(formatCount('fr', 2.4)).to.equal('2');
  });
});

describe('formatPercent', () => {
  it('writes a ratio as a percentage with one decimal at most', () => {
    expect(formatPercent('en', 0.1234)).to.equal('12.3%');
    expect(formatPercent('fr', 0.1234)).to.equal(`12,3${NBSP}%`);
    expect(formatPercent('en', 0.5)).to.equal('50%');
    expect(formatPercent('fr', 1)).to.equal(`100${NBSP}%`);
    expect(formatPercent('en', 0)).to.equal('0%');
  });

  it('takes the number of fraction digits', () => {
    expect(formatPercent('en', 0.12345, 2)).to.equal('12.35%');
    expect(formatPercent('en', 0.126, 0)).to.equal('13%');
    expect(formatPercent('fr', 0.12345, 2)).to.equal(`12,35${NBSP}%`);
  });
});

describe('formatSignedPercent', () => {
  it('signs ups and downs, not zero', () => {
    expect(formatSignedPercent('en', 0.123)).to.equal('+12.3%');
    expect(formatSignedPercent('en', -0.05)).to.equal('-5%');
    expect(formatSignedPercent('en', 0)).to.equal('0%');
    expect(formatSignedPercent('fr', 0.123)).to.equal(`+12,3${NBSP}%`);
    expect(formatSignedPercent('fr', -0.05)).to.equal(`-5${NBSP}%`);
    expect(formatSignedPercent('fr', 0)).to.equal(`0${NBSP}%`);
  });

  it('a change that rounds to zero shows no sign (never "-0%")', () => {
    expect(formatSignedPercent('en', -0.0001)).to.equal('0%');
    expect(formatSignedPercent('en', 0.0004)).to.equal('0%');
  });

  it('the sign follows the ratio, for any ratio that shows as non-zero', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.constantFrom(...SUPPORTED_LANGS),
        (ratio, lang) => {
          const text = formatSignedPercent(lang, ratio);
          if (Math.abs(ratio) >= 0.001) expect(text[0]).to.equal(ratio > 0 ? '+' : '-');
          else if (Math.abs(ratio) < 0.0005) expect(text).to.match(/^0/);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('formatCurrency', () => {
  it('en and fr', () => {
    expect(formatCurrency('en', 1234.5, 'EUR')).to.equal('€1,234.50');
    expect(formatCurrency('en', 1234.5, 'USD')).to.equal('$1,234.50');
    expect(formatCurrency('fr', 1234.5, 'EUR')).to.equal(`1${NNBSP}234,50${NBSP}€`);
    expect(formatCurrency('fr', 0, 'EUR')).to.equal(`0,00${NBSP}€`);
  });
});

describe('formatDate', () => {
  it('a medium date in en and fr', () => {
    expect(formatDate('en', '2026-03-04')).to.equal('Mar 4, 2026');
    expect(formatDate('fr', '2026-03-04')).to.equal('4 mars 2026');
    expect(formatDate('en', '2024-02-29')).to.equal('Feb 29, 2024');
    expect(formatDate('fr', '2026-01-01', { dateStyle: 'long' })).to.equal('1 janvier 2026');
  });

  it('does not depend on a time zone, even one asked for in the options', () => {
    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Tokyo']) {
      const options = { dateStyle: 'long', timeZone } as Intl.DateTimeFormatOptions;
      expect(formatDate('en', '2026-01-01', options), timeZone).to.equal('January 1, 2026');
      expect(formatDate('fr', '2026-12-31', options), timeZone).to.equal('31 décembre 2026');
    }
  });

  it('shows the very calendar date it is given, for any date', () => {
    const numeric = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2200-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split('-');
          expect(formatDate('en', iso, numeric)).to.equal(`${m}/${day}/${y}`);
          expect(formatDate('fr', iso, numeric)).to.equal(`${day}/${m}/${y}`);
        },
      ),
      { numRuns: 100 },
    );
  });
});

// ------------------------------------------------------------------ messages

/**
 * Every catalogue of the library. A new element's `messages.ts` is added here;
 * the type of `defineMessages` already refuses an fr catalogue with missing or extra keys.
 */
const CATALOGUES: Record<string, Pick<Translator<string>, 'catalogues'>> = {
  core: t,
  kpis: kpisText,
  donut: donutText,
  impact: impactText,
  insights: insightsText,
  audience: audienceText,
  list: listText,
  daily: dailyText,
  detail: detailText,
  leaderboard: leaderboardText,
  csvExport: csvExportText,
};
const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

describe('t', () => {
  it('fills placeholders', () => {
    expect(kpisText('en', 'kpiParticipationHint', { engaged: 45, customers: '300' })).to.equal(
      '45 of 300 customers',
    );
    expect(kpisText('fr', 'kpiParticipationHint', { engaged: 45, customers: 300 })).to.equal(
      '45 clients sur 300',
    );
    expect(t('fr', 'periodRange', { from: '1 mars', to: '31 mars 2026' })).to.equal(
      'du 1 mars au 31 mars 2026',
    );
    expect(t('en', 'variationUp', { value: '+12%' })).to.equal('up +12% vs previous period');
  });

  it('gives the message itself when it has no placeholder', () => {
    expect(t('en', 'retry')).to.equal('Retry');
    expect(t('fr', 'retry')).to.equal('Réessayer');
    expect(t('fr', 'type_classic')).to.equal('Classique');
    expect(t('fr', 'type_content')).to.equal('Contenus');
    expect(t('fr', 'type_review')).to.equal('Avis');
    expect(t('fr', 'type_engagement')).to.equal('Engagement');
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(kpisText('en', 'kpiParticipationHint', { engaged: 3 })).to.equal('3 of {customers} customers');
  });

  it('inserts values literally (no $-patterns, no re-expansion)', () => {
    expect(t('en', 'variationUp', { value: '$& $1 {value}' })).to.equal(
      'up $& $1 {value} vs previous period',
    );
    expect(t('en', 'periodRange', { from: '{to}', to: 'B' })).to.equal('{to} – B');
  });
});

describe('toLang', () => {
  it('maps a language tag to a supported language', () => {
    expect(toLang('fr-CA')).to.equal('fr');
    expect(toLang('fr')).to.equal('fr');
    expect(toLang('FR_be')).to.equal('fr');
    expect(toLang('en-US')).to.equal('en');
    expect(toLang(' en ')).to.equal('en');
  });

  it('is undefined for anything else', () => {
    for (const value of ['de', 'de-DE', 'english', 'f', '', '-fr', null, undefined]) {
      expect(toLang(value), String(value)).to.equal(undefined);
    }
  });
});

describe('catalogues', () => {
  it('has the en and fr languages', () => {
    expect([...SUPPORTED_LANGS].sort()).to.deep.equal(['en', 'fr']);
  });

  for (const [name, text] of Object.entries(CATALOGUES)) {
    const keys = Object.keys(text.catalogues.en);

    it(`${name}: fr has exactly en's keys, each a non-empty message`, () => {
      expect(keys.length).to.be.greaterThan(3);
      expect(Object.keys(text.catalogues.fr).sort()).to.deep.equal([...keys].sort());
      for (const key of keys) {
        for (const lang of SUPPORTED_LANGS) {
          expect(text.catalogues[lang][key]?.trim(), `${name}.${lang}.${key}`)
            .to.be.a('string')
            .and.not.equal('');
        }
      }
    });

    it(`${name}: fr uses the same placeholders as en, message by message`, () => {
      for (const key of keys) {
        const en = placeholders(text.catalogues.en[key]!);
        const fr = placeholders(text.catalogues.fr[key]!);
        for (const p of en) expect(fr.has(p), `fr.${key} lacks {${p}}`).to.equal(true);
        for (const p of fr) expect(en.has(p), `fr.${key} has an extra {${p}}`).to.equal(true);
      }
    });
  }

  it('fr is translated: only words that are the same in both languages repeat', () => {
    const same = Object.entries(CATALOGUES).flatMap(([name, text]) =>
      Object.keys(text.catalogues.en)
        .filter((key) => text.catalogues.en[key] === text.catalogues.fr[key])
        .map((key) => `${name}.${key}`),
    );
    expect(same.sort()).to.deep.equal(
      [
        'core.columnType',
        'core.columnVariation',
        'core.total',
        'core.type_engagement',
        'list.csvDescription',
        'detail.inactive',
        'detail.validations',
      ].sort(),
    );
  });
});
