/**
 * A backend that sends markup, script, `javascript:` links, bidi overrides, 10,000-character
 * words and floods of invisible marks, served through the real gateway (/hostile-gw) and
 * rendered by every element: nothing runs, the payloads show as text, and nothing grows
 * wider than a 320 px phone column.
 */
import { createClient } from '@motcua/core';
import { restAdapter } from '@motcua/adapters/rest';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '@motcua/components/define';
import type { MotcuaDossierLookup, MotcuaProcedureDetail, MotcuaProcedureFinder } from '@motcua/components';
import { typeInto } from './dom.js';
import { HOSTILE_DOSSIERS, HOSTILE_KEY, HOSTILE_PROCEDURES, PAYLOADS, VISIBLE } from '../fixtures/hostile.mjs';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const WIDTH = 320;

/** Every element under `host` and in its shadow root, through nested shadow roots. */
function deepElements(host: Element): Element[] {
  const out: Element[] = [];
  for (const el of [...host.querySelectorAll('*'), ...(host.shadowRoot?.querySelectorAll('*') ?? [])]) out.push(el, ...deepElements(el));
  return out;
}

function deepText(host: Element): string {
  return [host, ...deepElements(host)].map((el) => el.shadowRoot?.textContent ?? '').join(' ');
}

/** No element that could run or load script, no event-handler attribute, no script URL. */
function expectInert(host: Element) {
  for (const el of deepElements(host)) {
    expect(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'IMG', 'STYLE'], `<${el.localName}> in ${host.localName}`).not.to.include(el.tagName);
    for (const attr of el.attributes) {
      expect(attr.name.startsWith('on'), `${attr.name} on <${el.localName}>`).to.equal(false);
      if (['href', 'src', 'action', 'xlink:href', 'formaction'].includes(attr.name))
        expect(attr.value, `${attr.name} of <${el.localName}>`).not.to.match(/^\s*(javascript|data|vbscript):/i);
    }
  }
}

/** A phone-width column that reports overflow instead of hiding it. */
const column = (content: unknown) => fixture<HTMLDivElement>(html`<div style="width:${WIDTH}px;overflow:auto" lang="vi">${content}</div>`);

function expectFits(box: HTMLElement) {
  expect(box.scrollWidth, 'content wider than the column').to.be.at.most(box.clientWidth + 1);
}

describe('hostile backend data', () => {
  beforeEach(() => {
    window.__pwned = undefined;
    window.alert = () => (window.__pwned = 'alert');
  });
  afterEach(async () => {
    // Image errors and SVG loads fire asynchronously.
    await aTimeout(100);
    expect(window.__pwned, 'a payload ran').to.equal(undefined);
  });

  it('the gateway serves the payloads unchanged (the test is not vacuous)', async () => {
    const client = createClient({ adapter: restAdapter({ endpoint: '/hostile-gw' }) });
    const dossier = await client.dossiers.lookup(HOSTILE_DOSSIERS[1]!.code, { key: HOSTILE_KEY });
    expect(dossier.agency?.name).to.equal(PAYLOADS[2]);
    expect(dossier.steps?.[0]?.name).to.equal(PAYLOADS[6]);
    const procedure = await client.procedures.get(HOSTILE_PROCEDURES[1]!.code);
    expect(procedure.name).to.contain(VISIBLE);
    expect(procedure.documents?.[0]?.form?.url).to.match(/^javascript:/);
  });

  it('<motcua-dossier-lookup> and <motcua-dossier-status>: every dossier, with the key', async function () {
    // One lookup per payload through the real gateway: a few seconds alone, over the 10 s
    // default on a loaded CI machine (seen once from a clean clone).
    this.timeout(40_000);
    for (const d of HOSTILE_DOSSIERS) {
      const box = await column(html`<motcua-dossier-lookup endpoint="/hostile-gw" scan="off" deep-link="off"></motcua-dossier-lookup>`);
      const el = box.firstElementChild as MotcuaDossierLookup;
      typeInto(el.shadowRoot!.querySelector<HTMLInputElement>('#code')!, d.code);
      typeInto(el.shadowRoot!.querySelector<HTMLInputElement>('#key')!, HOSTILE_KEY);
      await el.updateComplete;
      const found = oneEvent(el, 'motcua-dossier-found');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
      await found;
      await waitUntil(
        () => el.shadowRoot!.querySelector('motcua-dossier-status')?.shadowRoot?.textContent?.includes('Thủ tục'),
        `no status for ${d.code}`,
      );
      const status = el.shadowRoot!.querySelector('motcua-dossier-status')!;
      await (status as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expectInert(box);
      expectFits(box);
      if (d.procedure.name.includes(VISIBLE)) expect(deepText(el)).to.contain(VISIBLE);
    }
  });

  it('<motcua-procedure-finder>: the listing and a search, highlighted as text', async () => {
    const box = await column(html`<motcua-procedure-finder endpoint="/hostile-gw" limit="50"></motcua-procedure-finder>`);
    const el = box.firstElementChild as MotcuaProcedureFinder;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="option"]').length === HOSTILE_PROCEDURES.length, 'listing');
    expectInert(box);
    expectFits(box);
    const results = oneEvent(el, 'motcua-search-results');
    typeInto(el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!, 'khai sinh');
    await results;
    await waitUntil(() => el.shadowRoot!.querySelector('[role="option"] mark'), 'highlights');
    const first = el.shadowRoot!.querySelector('[role="option"]')!;
    expect(first.textContent).to.contain(VISIBLE);
    expectInert(box);
    expectFits(box);
  });

  it('<motcua-procedure-detail>: every procedure; script links are not links', async () => {
    for (const p of HOSTILE_PROCEDURES) {
      const box = await column(html`<motcua-procedure-detail endpoint="/hostile-gw"></motcua-procedure-detail>`);
      const el = box.firstElementChild as MotcuaProcedureDetail;
      const loaded = oneEvent(el, 'motcua-procedure-load');
      el.code = p.code;
      await loaded;
      await el.updateComplete;
      expectInert(box);
      expectFits(box);
      expect(el.shadowRoot!.querySelector('[part="online-link"]'), 'a javascript:/data: online link').to.equal(null);
      if (p.name.includes(VISIBLE)) expect(deepText(el)).to.contain(VISIBLE);
    }
  });

  it('<motcua-dossier-barcode>: the printable receipt of every dossier', async () => {
    const client = createClient({ adapter: restAdapter({ endpoint: '/hostile-gw' }) });
    for (const d of HOSTILE_DOSSIERS) {
      const dossier = await client.dossiers.lookup(d.code, { key: HOSTILE_KEY });
      const box = await column(
        html`<motcua-dossier-barcode receipt .dossier=${dossier} lookup-url=${PAYLOADS[4]!}></motcua-dossier-barcode>`,
      );
      const el = box.firstElementChild!;
      await waitUntil(() => el.shadowRoot?.querySelector('svg rect'), `no barcode for ${d.code}`);
      expectInert(box);
      expectFits(box);
      expect(deepText(el)).to.contain(d.code);
    }
  });
});
