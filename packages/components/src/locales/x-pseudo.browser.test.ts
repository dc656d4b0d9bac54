// A third language is one file and one line: the test-only x-pseudo (test/helpers/x-pseudo.ts,
// imported below as a portal imports its language) set as each element's `lang` shows every
// element's words, and the core's messages, in it — nothing left in Vietnamese or English but
// the office's data (marked lang="vi"), a language's own name, codes, dates and numbers.
import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { createClient } from '@motcua/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../test/helpers/x-pseudo.js';
import { NOW, OVERDUE } from '../../../../test/fixtures/dossiers.js';
import '../define.js';
import { loadLanguage } from '@motcua/core';
import { followedRecord } from '../components/dossier-lookup/follow-controller.js';

const data = createDemoDataset();
const client = createClient({ adapter: memoryAdapter(data) });
const procedure = data.procedures.find((p) => p.fees?.length && p.documents?.length) ?? data.procedures[0]!;

/**
 * What a person sees or hears in an element: its text (into nested elements' shadow roots) and
 * its labels, without what is marked as another language — the office's own words (lang="vi"),
 * a language's name in itself (the kiosk's buttons).
 */
function shown(root: ParentNode): string[] {
  const out: string[] = [];
  const inAnother = (el: Element | null) => (el?.closest('[lang]')?.getAttribute('lang') ?? 'x-pseudo') !== 'x-pseudo';
  const walk = (node: Node) => {
    if (node instanceof Element) {
      if (inAnother(node) || ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt', 'aria-description']) {
        const value = node.getAttribute(name);
        if (value) out.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() && !inAnother(node.parentElement)) out.push(node.textContent!.trim());
    node.childNodes.forEach(walk);
  };
  walk(root as Node);
  return out;
}

/** What is left of a text once the pseudo-language's bracketed words, codes, dates and numbers are taken out. */
function leftover(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest;) [before, rest] = [rest, rest.replace(/\[[^[\]]*\]/g, ' ')];
  return rest
    .replace(/[\w.]+-\d{6}-\d{4}|\d[\d.,:/ ]*|CSV|VND/g, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}

function expectAllPseudo(el: Element, what: string): void {
  const words = shown(el.shadowRoot ?? el);
  expect(
    words.some((w) => /\[[^\]]*\p{L}/u.test(w)),
    `${what} shows its words in x-pseudo`,
  ).to.equal(true);
  const left = words.map(leftover).filter((w) => /\p{L}{2,}/u.test(w));
  expect(left, `${what}: words not in x-pseudo`).to.deep.equal([]);
}

describe('a language added in one file (x-pseudo)', () => {
  it('speaks in every element', async () => {
    const status = await fixture(html`<motcua-dossier-status lang="x-pseudo" .dossier=${OVERDUE} .now=${NOW}></motcua-dossier-status>`);
    expectAllPseudo(status, 'status view');

    const barcode = await fixture(
      html`<motcua-dossier-barcode lang="x-pseudo" receipt code="000.00.12.H42-241105-0003" lookup-key="A7K2"></motcua-dossier-barcode>`,
    );
    expectAllPseudo(barcode, 'receipt barcode');

    const scanner = await fixture(html`<motcua-barcode-scanner lang="x-pseudo"></motcua-barcode-scanner>`);
    expectAllPseudo(scanner, 'scanner');

    const finder = await fixture(html`<motcua-procedure-finder lang="x-pseudo" .client=${client}></motcua-procedure-finder>`);
    expectAllPseudo(finder, 'finder');

    const detail = await fixture(
      html`<motcua-procedure-detail lang="x-pseudo" .client=${client} code=${procedure.code}></motcua-procedure-detail>`,
    );
    await waitUntil(() => detail.shadowRoot!.querySelector('[part="summary"]'), 'no procedure', { timeout: 5000 });
    expectAllPseudo(detail, 'procedure detail');

    const stats = await fixture(html`<motcua-office-stats lang="x-pseudo" .client=${client} period="year"></motcua-office-stats>`);
    await waitUntil(() => stats.shadowRoot!.querySelector('[part="table"]'), 'no statistics', { timeout: 5000 });
    expectAllPseudo(stats, 'statistics');

    const board = await fixture(html`<motcua-status-board lang="x-pseudo" .client=${client}></motcua-status-board>`);
    await waitUntil(() => board.shadowRoot!.querySelector('[part~="list"], [part="message"]'), 'no board', { timeout: 5000 });
    expectAllPseudo(board, 'board');

    const kiosk = await fixture(html`<motcua-hall-kiosk lang="x-pseudo" .client=${client}></motcua-hall-kiosk>`);
    expectAllPseudo(kiosk, 'kiosk');
  });

  it('speaks in the lookup, its answer and the core’s messages', async () => {
    const lookup = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<motcua-dossier-lookup lang="x-pseudo" .client=${client}></motcua-dossier-lookup>`,
    );
    const $ = <T extends Element>(selector: string) => lookup.shadowRoot!.querySelector<T>(selector)!;
    const type = (selector: string, value: string) => {
      $<HTMLInputElement>(selector).value = value;
      $<HTMLInputElement>(selector).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };
    const settled = () =>
      waitUntil(() => !$('[part="skeleton"]') && $('[part="result"], [part="message"]'), 'no answer', { timeout: 10000 });
    expectAllPseudo(lookup, 'lookup form');
    type('#code', '000.00.12.H42-241305-0001');
    $<HTMLButtonElement>('[part="submit"]').click();
    await lookup.updateComplete;
    expect($('[part="hint"]').getAttribute('data-state')).to.equal('invalid');
    expectAllPseudo(lookup, 'lookup with a wrong code');

    const dossier = data.dossiers.find((d) => d.lookupKey && d.steps?.length)!;
    type('#code', dossier.code);
    type('#key', 'ZZZZ9');
    $<HTMLButtonElement>('[part="submit"]').click();
    await settled();
    expectAllPseudo(lookup, 'lookup with a wrong key');

    type('#key', dossier.lookupKey!);
    $<HTMLButtonElement>('[part="submit"]').click();
    await waitUntil(() => $('motcua-dossier-status')?.shadowRoot?.querySelector('[part="status"]'), 'no answer', { timeout: 10000 });
    expectAllPseudo(lookup, 'lookup with its answer');
  });

  it('words the notifications of a followed dossier in it: the page keeps them for the service worker', async () => {
    await loadLanguage('x-pseudo');
    const record = followedRecord(
      '000.00.12.H42-241105-0003',
      'https://portal.example/?code=x',
      'https://gw.example/v1/follow',
      'x-pseudo',
    );
    const texts = [...Object.values(record.words!), ...Object.values(record.labels!)];
    expect(texts.length).to.equal(5 + 10);
    expect(
      texts.map(leftover).filter((w) => /\p{L}{2,}/u.test(w)),
      'notification words not in x-pseudo',
    ).to.deep.equal([]);
    expect(record.words!.body).to.contain('{code}');
  });
});
