/**
 * Backends that fail as networks and servers do (test/browser/gateways.mjs, /fault-gw):
 * cut connections, half a JSON body, a proxy's HTML 502, an answer slower than the timeout,
 * a 500, text instead of JSON, and no server at all. Every element ends in a clear error
 * with a way forward — no spinner left running — and no promise is left unhandled.
 */
import { restAdapter } from '@motcua/adapters/rest';
import { createClient, type MotcuaClient } from '@motcua/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@motcua/components/define';
import type { MotcuaDossierLookup, MotcuaProcedureDetail, MotcuaProcedureFinder } from '@motcua/components';
import { typeInto } from './dom.js';

const CODE = '000.00.12.H42-241105-0001';
const FAULTS = ['reset', 'truncated', 'html', 'slow', '500', 'garbage', 'offline'] as const;

/** Short timeouts so a slow backend fails within the test; the same bounded retries as in production. */
function faultyClient(fault: (typeof FAULTS)[number]): MotcuaClient {
  // Port 9 (discard) has no listener on loopback: the connection is refused, as when offline.
  const endpoint = fault === 'offline' ? 'http://127.0.0.1:9' : `/fault-gw/${fault}`;
  return createClient({ adapter: restAdapter({ endpoint, timeoutMs: 800, retries: 1 }) });
}

const root = (el: Element) => el.shadowRoot!;

/** The error is shown as an alert with a retry button, and nothing says it is still loading. */
function expectSettledError(el: Element, loadingText: RegExp) {
  const message = root(el).querySelector('[role="alert"]');
  expect(message, `${el.localName}: no error shown`).not.to.equal(null);
  expect(message!.textContent!.trim().length).to.be.greaterThan(10);
  expect(root(el).querySelector('[part="skeleton"]'), `${el.localName}: skeleton left`).to.equal(null);
  expect(root(el).textContent).not.to.match(loadingText);
  const retry = [...root(el).querySelectorAll('button')].find((b) => /Thử lại/.test(b.textContent ?? ''));
  expect(retry, `${el.localName}: no retry`).not.to.equal(undefined);
}

describe('failing backends', () => {
  const rejections: string[] = [];
  const onRejection = (e: PromiseRejectionEvent) => rejections.push(String(e.reason));
  before(() => window.addEventListener('unhandledrejection', onRejection));
  after(() => window.removeEventListener('unhandledrejection', onRejection));
  afterEach(() => expect(rejections, 'unhandled rejections').to.deep.equal([]));

  for (const fault of FAULTS) {
    it(`${fault}: lookup, finder and detail each end in a clear error with a retry`, async () => {
      const client = faultyClient(fault);

      const lookup = await fixture<MotcuaDossierLookup>(
        html`<motcua-dossier-lookup .client=${client} scan="off" deep-link="off"></motcua-dossier-lookup>`,
      );
      typeInto(root(lookup).querySelector<HTMLInputElement>('#code')!, CODE);
      await lookup.updateComplete;
      root(lookup).querySelector<HTMLButtonElement>('[part="submit"]')!.click();

      const finder = await fixture<MotcuaProcedureFinder>(
        html`<motcua-procedure-finder .client=${client} no-filters></motcua-procedure-finder>`,
      );
      typeInto(root(finder).querySelector<HTMLInputElement>('input[type="search"]')!, 'khai sinh');

      const detail = await fixture<MotcuaProcedureDetail>(
        html`<motcua-procedure-detail .client=${client} code="1.001193"></motcua-procedure-detail>`,
      );

      // All three run at once; a slow backend takes two timed-out attempts and a backoff.
      await Promise.all(
        [lookup, finder, detail].map((el) =>
          waitUntil(() => root(el).querySelector('[role="alert"]'), `${el.localName}: no error after a ${fault} backend`, {
            timeout: 6000,
          }),
        ),
      );
      await Promise.all([lookup.updateComplete, finder.updateComplete, detail.updateComplete]);
      expectSettledError(lookup, /Đang tra cứu/);
      expectSettledError(finder, /Đang tìm/);
      expectSettledError(detail, /Đang tải/);
    });
  }
});
