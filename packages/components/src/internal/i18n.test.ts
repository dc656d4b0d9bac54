// Every element's words: each shipped language has every key, with the same {placeholders} as
// the Vietnamese; no key carries two different defaults across elements (an override by key
// must mean one thing).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadLanguage, resolveLang, textIn, type LocalizedText } from '@motcua/core';
import { scannerStrings } from '../components/barcode-scanner/barcode-scanner.strings.js';
import { barcodeStrings } from '../components/dossier-barcode/dossier-barcode.strings.js';
import { followStrings } from '../components/dossier-lookup/follow.strings.js';
import { lookupStrings } from '../components/dossier-lookup/dossier-lookup.strings.js';
import { statusStrings } from '../components/dossier-status/dossier-status.strings.js';
import { kioskStrings } from '../components/hall-kiosk/hall-kiosk.strings.js';
import { statsStrings } from '../components/office-stats/office-stats.strings.js';
import { detailStrings } from '../components/procedure-detail/procedure-detail.strings.js';
import { finderStrings } from '../components/procedure-finder/procedure-finder.strings.js';
import { boardStrings } from '../components/status-board/status-board.strings.js';
import en from '../locales/en.js';
import { registerStrings, translate, type StringTable } from './i18n.js';

const TABLES: Record<string, StringTable> = {
  scannerStrings,
  barcodeStrings,
  followStrings,
  lookupStrings,
  statusStrings,
  kioskStrings,
  statsStrings,
  detailStrings,
  finderStrings,
  boardStrings,
};
/** The languages this package ships besides Vietnamese (their files in ../locales/). */
const SHIPPED: Record<string, Record<string, string>> = { en };
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?::[^}]*)?\}/g)].map((m) => m[1]))].sort();
const words = (table: StringTable) =>
  Object.entries(table).map(
    ([key, entry]) => [typeof entry === 'string' ? key : entry.key!, typeof entry === 'string' ? entry : entry.vi] as const,
  );

describe('string tables', () => {
  // What a page does on its first use of English: the file loads, then the words are there.
  before(() => loadLanguage('en'));

  it('give every shipped language every key, translated, with the same placeholders', () => {
    for (const [lang, table] of Object.entries(SHIPPED)) {
      for (const [name, element] of Object.entries(TABLES)) {
        for (const [key, vi] of words(element)) {
          const text = table[key];
          assert.ok(text?.trim(), `${lang}: ${name}.${key} is missing`);
          assert.notEqual(text, vi, `${lang}: ${name}.${key} is not translated`);
          assert.deepEqual(placeholders(text!), placeholders(vi), `${lang}: ${name}.${key} placeholders differ`);
        }
      }
    }
  });

  it('give one key one meaning across elements', () => {
    const seen = new Map<string, unknown>();
    for (const table of Object.values(TABLES)) {
      for (const [key, value] of Object.entries(table)) {
        if (seen.has(key)) assert.equal(value, seen.get(key), `${key} differs between elements`);
        seen.set(key, value);
      }
    }
  });

  it('fill placeholders, and let a portal override a word for every element', () => {
    assert.equal(
      translate('vi', lookupStrings, 'rateLimited', { seconds: 30 }),
      'Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau 30 giây.',
    );
    registerStrings('en', { retry: 'Retry now' });
    assert.equal(translate('en', lookupStrings, 'retry'), 'Retry now');
    assert.equal(translate('en', finderStrings, 'retry'), 'Retry now');
    assert.equal(translate('vi', finderStrings, 'retry'), 'Thử lại');
  });

  it('says "1 day" and "2 days" in English, and the number alone in Vietnamese', () => {
    assert.equal(translate('en', statusStrings, 'dueSoon', { days: 1 }), 'Due soon — 1 day left');
    assert.equal(translate('en', statusStrings, 'dueSoon', { days: 2 }), 'Due soon — 2 days left');
    assert.equal(
      translate('en', lookupStrings, 'rateLimitedMinutes', { minutes: 15 }),
      'Too many lookups. Please try again in 15 minutes.',
    );
    assert.equal(
      translate('vi', lookupStrings, 'rateLimitedMinutes', { minutes: 15 }),
      'Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau 15 phút.',
    );
    assert.equal(translate('en', statusStrings, 'overdue', { days: 1 }), 'Overdue by 1 day');
    assert.equal(translate('vi', statusStrings, 'dueSoon', { days: 1 }), 'Sắp đến hạn — còn 1 ngày');
    assert.equal(translate('en', detailStrings, 'copies', { count: 1 }), '1 copy');
    assert.equal(translate('en', detailStrings, 'copies', { count: 3 }), '3 copies');
  });

  it('word every English count for both one and many', () => {
    for (const [key, text] of Object.entries(en)) {
      assert.doesNotMatch(
        text,
        /\{(days|count|seconds)\} (days|hours|months|seconds|procedures|copies|originals)\b|\(s\)|\(ies\)/,
        `en.${key}: "${text}" needs {n:one|other}`,
      );
    }
  });

  it('give the core’s texts in the page’s language, and a portal’s word for them by the element’s key', () => {
    assert.equal(translate('en', lookupStrings, 'codeInvalid'), 'This is not a valid dossier code. Example: 000.00.12.H42-241105-0003');
    assert.equal(translate('vi', lookupStrings, 'keyLabelPhone'), 'Số điện thoại đã khai khi nộp (không bắt buộc)');
    registerStrings('en', { keyLabelPhone: 'Your phone number (optional)' });
    assert.equal(translate('en', lookupStrings, 'keyLabelPhone'), 'Your phone number (optional)');
    assert.equal(textIn(lookupStrings.keyLabelPhone as LocalizedText, 'en'), 'Phone number given with the dossier (optional)');
  });

  it('resolve a page’s language among the registered ones, Vietnamese otherwise', () => {
    assert.equal(resolveLang('en-GB'), 'en');
    assert.equal(resolveLang('EN'), 'en');
    assert.equal(resolveLang('vi-VN'), 'vi');
    assert.equal(resolveLang('fr'), 'vi');
    assert.equal(resolveLang(''), 'vi');
  });
});
