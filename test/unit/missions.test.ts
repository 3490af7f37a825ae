import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MISSION_SORTS, MISSION_TYPES, type Mission } from '../../src/data/contract.js';
import { filterMissions, queryMissions, selectMissions, sortMissions } from '../../src/metrics/missions.js';
import { pageKeepingFirstRow, pageOf } from '../../src/metrics/paging.js';
import { isSafeHref, isUnsafeTemplate, linkFromTemplate } from '../../src/metrics/link-template.js';
import { initials, leaderboardCsvRow, safeAvatar } from '../../src/metrics/leaderboard.js';
import { LEADERS } from '../fixtures/leaderboard.js';
import { MISSIONS } from '../fixtures/missions.js';

const missionArb: fc.Arbitrary<Mission> = fc.record({
  id: fc.uuid(),
  type: fc.constantFrom(...MISSION_TYPES),
  title: fc.string(),
  description: fc.string(),
  validations: fc.nat({ max: 50 }), // small range: many ties
});
const missionsArb = fc.uniqueArray(missionArb, { selector: (m) => m.id, maxLength: 60 });
const typeArb = fc.option(fc.constantFrom(...MISSION_TYPES), { nil: undefined });
const sortArb = fc.constantFrom(...MISSION_SORTS);
const ids = (missions: readonly Mission[]) => missions.map((m) => m.id);

describe('missions: filter, sort and page on the client', () => {
  it('filters by type, sorts by popularity, stable on ties', () => {
    expect(ids(filterMissions(MISSIONS, 'review'))).to.deep.equal(['m3', 'm8']);
    expect(ids(filterMissions(MISSIONS, undefined))).to.have.length(9);
    // 1250, 412, 230, 150, 96 (m2 before m6: given order), 96, 75, 18, 0
    expect(ids(sortMissions(MISSIONS, 'popularity-desc'))).to.deep.equal([
      'm4',
      'm1',
      'm3',
      'm8',
      'm2',
      'm6',
      'm9',
      'm7',
      'm5',
    ]);
    expect(ids(sortMissions(MISSIONS, 'popularity-asc'))).to.deep.equal([
      'm5',
      'm7',
      'm9',
      'm2',
      'm6',
      'm8',
      'm3',
      'm1',
      'm4',
    ]);
  });

  it('gives one page of the filtered list with the filtered total', () => {
    const page = queryMissions(MISSIONS, { type: 'classic', sort: 'popularity-desc', page: 2, pageSize: 3 });
    // classic by popularity: m4 1250, m1 412, m6 96 | m9 75
    expect(ids(page.items)).to.deep.equal(['m9']);
    expect(page).to.include({ total: 4, page: 2, pageSize: 3 });
  });

  it('clamps a page past the end to the last page, and before 1 to the first', () => {
    expect(
      queryMissions(MISSIONS, { type: undefined, sort: 'popularity-asc', page: 99, pageSize: 4 }),
    ).to.deep.include({
      page: 3,
      total: 9,
    });
    expect(pageOf([1, 2, 3], 0, 2)).to.deep.equal({ items: [1, 2], total: 3, page: 1, pageSize: 2 });
    expect(pageOf([], 5, 10)).to.deep.equal({ items: [], total: 0, page: 1, pageSize: 10 });
  });

  it('property: filtered items are all of the type, and none of the type is lost', () => {
    fc.assert(
      fc.property(missionsArb, typeArb, sortArb, (missions, type, sort) => {
        const selected = selectMissions(missions, { type, sort });
        expect(selected.every((m) => type === undefined || m.type === type)).to.equal(true);
        const expected = missions.filter((m) => type === undefined || m.type === type).length;
        expect(selected).to.have.length(expected);
      }),
    );
  });

  it('property: sorted order follows the direction, ties keep the given order', () => {
    fc.assert(
      fc.property(missionsArb, sortArb, (missions, sort) => {
        const sorted = sortMissions(missions, sort);
        const position = new Map(missions.map((m, i) => [m.id, i]));
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          if (sort === 'popularity-desc') expect(a.validations).to.be.at.least(b.validations);
          else expect(a.validations).to.be.at.most(b.validations);
          if (a.validations === b.validations) {
            expect(position.get(a.id)!).to.be.lessThan(position.get(b.id)!);
          }
        }
      }),
    );
  });

  it('property: the pages partition the filtered, sorted list and total is the filtered count', () => {
    fc.assert(
      fc.property(
        missionsArb,
        typeArb,
        sortArb,
        fc.integer({ min: 1, max: 25 }),
        (missions, type, sort, pageSize) => {
          const selected = selectMissions(missions, { type, sort });
          const pages = Math.max(1, Math.ceil(selected.length / pageSize));
          const all: Mission[] = [];
          for (let page = 1; page <= pages; page++) {
            const result = queryMissions(missions, { type, sort, page, pageSize });
            expect(result.total).to.equal(selected.length);
            expect(result.page).to.equal(page);
            expect(result.items.length).to.be.at.most(pageSize);
            if (page < pages) expect(result.items).to.have.length(pageSize);
            all.push(...result.items);
          }
          expect(ids(all)).to.deep.equal(ids(selected));
        },
      ),
    );
  });

  it('property: changing the page size keeps the first row of the page in view', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.constantFrom(10, 20, 50, 100),
        fc.constantFrom(10, 20, 50, 100),
        (page, size, next) => {
          const firstRow = (page - 1) * size;
          const newPage = pageKeepingFirstRow(page, size, next);
          expect(firstRow).to.be.at.least((newPage - 1) * next);
          expect(firstRow).to.be.lessThan(newPage * next);
        },
      ),
    );
  });
});

describe('linkFromTemplate', () => {
  it('substitutes the URL-encoded id, every time it appears', () => {
    expect(linkFromTemplate('/missions/{id}', 'm1')).to.equal('/missions/m1');
    expect(linkFromTemplate('/missions/{id}', 'a/b?c=d#e f')).to.equal('/missions/a%2Fb%3Fc%3Dd%23e%20f');
    expect(linkFromTemplate('https://crm.test/c/{id}?back={id}', 'x&y')).to.equal(
      'https://crm.test/c/x%26y?back=x%26y',
    );
    expect(linkFromTemplate('{id}', 'javascript:alert(1)')).to.equal('javascript%3Aalert(1)');
  });

  it('gives no link for an id "." or "..", which would climb the path (found by the property below)', () => {
    expect(linkFromTemplate('/customers/{id}/profile', '..')).to.equal(undefined);
    expect(linkFromTemplate('https://crm.test/customers/{id}', '.')).to.equal(undefined);
    expect(linkFromTemplate('/customers/{id}', '...')).to.equal('/customers/...');
  });

  it('refuses templates that are not http(s) or relative, however they are written', () => {
    for (const template of [
      'javascript:alert(1)//{id}',
      'JavaScript:alert({id})',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>{id}',
      'vbscript:msgbox({id})',
    ]) {
      expect(linkFromTemplate(template, 'x'), template).to.equal(undefined);
      expect(isUnsafeTemplate(template), template).to.equal(true);
    }
    expect(linkFromTemplate(undefined, 'x')).to.equal(undefined);
    expect(linkFromTemplate('', 'x')).to.equal(undefined);
    expect(isUnsafeTemplate('')).to.equal(false);
    expect(isSafeHref('//cdn.test/a')).to.equal(true);
    expect(isSafeHref('?page=2')).to.equal(true);
    expect(isSafeHref('http://x.test')).to.equal(true);
  });

  it('property: an id never changes the scheme, host or path segments of a template', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((id) => id !== '.' && id !== '..'),
        (id) => {
          const href = linkFromTemplate('https://crm.test/customers/{id}/profile', id)!;
          const url = new URL(href);
          expect(url.origin).to.equal('https://crm.test');
          expect(url.search).to.equal('');
          expect(url.hash).to.equal('');
          const segments = url.pathname.split('/');
          expect(segments).to.have.length(4);
          expect(decodeURIComponent(segments[2]!)).to.equal(id);
        },
      ),
    );
  });
});

describe('leaderboard helpers', () => {
  it('uses an avatar only when its URL is absolute https', () => {
    expect(safeAvatar('https://cdn.example.test/ada.png')).to.equal('https://cdn.example.test/ada.png');
    for (const url of [
      'http://x.test/a.png',
      'javascript:alert(1)',
      'data:image/png;base64,AA',
      '/a.png',
      '',
      null,
      undefined,
    ]) {
      expect(safeAvatar(url), String(url)).to.equal(undefined);
    }
  });

  it('gives initials of the first and last words', () => {
    expect(initials('Ada Lovelace')).to.equal('AL');
    expect(initials('  émile  ')).to.equal('É');
    expect(initials('Jean Paul Sartre')).to.equal('JS');
    expect(initials('   ')).to.equal('?');
    expect(initials('😀 Smile')).to.equal('😀S');
    expect(initials('🇫🇷 France')).to.equal('🇫🇷F');
    expect(initials('e\u0301mile')).to.equal('E\u0301');
  });

  it('writes a CSV row as rank, id, name, total, counts in type order', () => {
    expect(leaderboardCsvRow(LEADERS[3]!)).to.deep.equal([4, 'c-21', 'Alan Turing', 1234, 1000, 200, 30, 4]);
  });
});
