// Runs in a page served with a strict Content-Security-Policy (see the `csp`
// group in web-test-runner.config.js): no inline styles, no eval.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MissionTypeDonut } from '../../src/mission-type-donut/mission-type-donut.js';
import { summaryFixture } from '../fixtures/summary.js';
import { json, restoreFetch, stubFetch } from '../fixtures/fetch-stub.js';
import { parts, settle } from '../elements/helpers.js';

describe('under a strict Content-Security-Policy', () => {
  const violations: string[] = [];
  const record = (e: SecurityPolicyViolationEvent) =>
    violations.push(`${e.effectiveDirective}: ${e.sample || e.blockedURI}`);
  before(() => document.addEventListener('securitypolicyviolation', record));
  after(() => document.removeEventListener('securitypolicyviolation', record));
  afterEach(restoreFetch);

  it('the page really forbids inline styles (the check below can fail)', async () => {
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
    await new Promise((r) => setTimeout(r, 50));
    probe.remove();
    expect(violations.some((v) => v.startsWith('style-src'))).to.equal(true);
    violations.length = 0;
  });

  it('every state of every element renders, styled, with no violation', async () => {
    stubFetch((url) =>
      url.pathname.endsWith('/broken/summary')
        ? json({ detail: 'down' }, 503, 'application/problem+json')
        : undefined,
    );
    const page = await fixture<HTMLElement>(
      html`<div>
        <mission-dashboard theme="dark">
          <mission-kpis lang="en" .data=${summaryFixture()}></mission-kpis>
          <mission-type-donut lang="en" .data=${summaryFixture()}></mission-type-donut>
          <mission-kpis lang="en" endpoint="/pending"></mission-kpis>
          <mission-type-donut lang="en" endpoint="/broken"></mission-type-donut>
        </mission-dashboard>
      </div>`,
    );
    const [kpis, donut, pending, broken] = [...page.querySelectorAll('mission-kpis, mission-type-donut')] as [
      HTMLElement & { state: string },
      MissionTypeDonut,
      HTMLElement & { state: string },
      MissionTypeDonut,
    ];
    await settle(donut, 'ready');
    await settle(broken, 'error');
    expect(kpis.state).to.equal('ready');
    expect(pending.state).to.equal('loading');
    // Styles applied: the donut's slices are coloured, the tiles have borders.
    const slice = parts(donut, 'slice')[0]!;
    expect(getComputedStyle(slice).fill).to.match(/^rgb/);
    // The tooltip is placed through CSSOM.
    slice.dispatchEvent(new PointerEvent('pointerenter', { clientX: 40, clientY: 40 }));
    await donut.updateComplete;
    expect(donut.shadowRoot!.querySelector<HTMLElement>('[part=tooltip]')!.style.left).to.match(/px$/);
    await new Promise((r) => setTimeout(r, 50));
    expect(violations).to.deep.equal([]);
  });
});
