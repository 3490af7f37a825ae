import { expect, fixture, html } from '@open-wc/testing';
import '../../src/mission-kpis/index.js';
import '../../src/mission-type-donut/index.js';
import type { MissionKpis } from '../../src/mission-kpis/mission-kpis.js';
import { summaryFixture } from '../fixtures/summary.js';
import { json, restoreFetch, stubFetch } from '../fixtures/fetch-stub.js';
import { part, settle } from './helpers.js';

const XSS = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>"'><svg onload=alert(1)>`;

declare global {
  interface Window {
    __pwned?: number;
  }
}

/** Elements that may appear in a widget's shadow root; anything else was injected. */
function injected(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('img, script, iframe, object, embed, [onerror], [onload]')];
}

describe('strings from the server stay text', () => {
  afterEach(restoreFetch);

  it('a problem+json detail with markup is shown as text', async () => {
    stubFetch(() => json({ title: XSS, detail: XSS, status: 400 }, 400, 'application/problem+json'));
    const el = await fixture<MissionKpis>(html`<mission-kpis lang="en" endpoint="/api"></mission-kpis>`);
    await settle(el, 'error');
    expect(part(el, 'error-message')!.textContent).to.equal(`summary: ${XSS} (HTTP 400)`);
    expect(injected(el.shadowRoot!)).to.deep.equal([]);
    expect(window.__pwned).to.equal(undefined);
  });

  it('a field value with markup in an invalid payload is shown as text', async () => {
    const bad = summaryFixture() as unknown as { current: { byType: Record<string, unknown> } };
    bad.current.byType.classic = XSS;
    stubFetch(() => json(bad));
    const el = await fixture<MissionKpis>(
      html`<mission-type-donut lang="en" endpoint="/api"></mission-type-donut>`,
    );
    await settle(el, 'error');
    expect(part(el, 'error-message')!.textContent).to.contain('<img src=x');
    expect(injected(el.shadowRoot!)).to.deep.equal([]);
  });

  it('an unknown type key with markup is reported as text', async () => {
    const bad = summaryFixture() as unknown as { current: { byType: Record<string, unknown> } };
    bad.current.byType[XSS] = 3;
    stubFetch(() => json(bad));
    const el = await fixture<MissionKpis>(html`<mission-kpis lang="en" endpoint="/api"></mission-kpis>`);
    await settle(el, 'error');
    expect(part(el, 'error-message')!.textContent).to.contain(`${XSS} is an unknown mission type`);
    expect(injected(el.shadowRoot!)).to.deep.equal([]);
  });

  it('markup in attributes (lang, from) is inert', async () => {
    const el = await fixture<MissionKpis>(
      html`<mission-kpis lang=${XSS} from=${XSS} endpoint="/api"></mission-kpis>`,
    );
    stubFetch();
    await settle(el, 'error');
    expect(el.locale).to.equal('en');
    expect(part(el, 'error-message')!.textContent).to.contain(`from must be a date YYYY-MM-DD, got "${XSS}"`);
    expect(injected(el.shadowRoot!)).to.deep.equal([]);
    expect(window.__pwned).to.equal(undefined);
  });
});
