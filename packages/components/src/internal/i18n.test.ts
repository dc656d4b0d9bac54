// Every element's words: both languages present, the same {placeholders} in each, no key
// carrying two different defaults across elements (an override by key must mean one thing).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scannerStrings } from '../components/barcode-scanner/barcode-scanner.strings.js';
import { barcodeStrings } from '../components/dossier-barcode/dossier-barcode.strings.js';
import { lookupStrings } from '../components/dossier-lookup/dossier-lookup.strings.js';
import { statusStrings } from '../components/dossier-status/dossier-status.strings.js';
import { detailStrings } from '../components/procedure-detail/procedure-detail.strings.js';
import { finderStrings } from '../components/procedure-finder/procedure-finder.strings.js';
import { registerStrings, translate, type StringTable } from './i18n.js';

const TABLES: Record<string, StringTable> = { scannerStrings, barcodeStrings, lookupStrings, statusStrings, detailStrings, finderStrings };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('string tables', () => {
  it('have Vietnamese and English for every key, with the same placeholders', () => {
    for (const [name, table] of Object.entries(TABLES)) {
      for (const [key, { vi, en }] of Object.entries(table)) {
        assert.ok(vi.trim() && en.trim(), `${name}.${key} is empty`);
        assert.notEqual(vi, en, `${name}.${key} is not translated`);
        assert.deepEqual(placeholders(vi), placeholders(en), `${name}.${key} placeholders differ`);
      }
    }
  });

  it('give one key one meaning across elements', () => {
    const seen = new Map<string, unknown>();
    for (const table of Object.values(TABLES)) {
      for (const [key, value] of Object.entries(table)) {
        if (seen.has(key)) assert.deepEqual(value, seen.get(key), `${key} differs between elements`);
        seen.set(key, value);
      }
    }
  });

  it('fill placeholders, and let a portal override a word for every element', () => {
    assert.equal(translate('vi', lookupStrings, 'rateLimited', { seconds: 30 }), 'Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau 30 giây.');
    registerStrings('en', { retry: 'Retry now' });
    assert.equal(translate('en', lookupStrings, 'retry'), 'Retry now');
    assert.equal(translate('en', finderStrings, 'retry'), 'Retry now');
    assert.equal(translate('vi', finderStrings, 'retry'), 'Thử lại');
  });

  it('says "1 day" and "2 days" in English, and the number alone in Vietnamese', () => {
    assert.equal(translate('en', statusStrings, 'dueSoon', { days: 1 }), 'Due soon — 1 day left');
    assert.equal(translate('en', statusStrings, 'dueSoon', { days: 2 }), 'Due soon — 2 days left');
    assert.equal(translate('en', statusStrings, 'overdue', { days: 1 }), 'Overdue by 1 day');
    assert.equal(translate('vi', statusStrings, 'dueSoon', { days: 1 }), 'Sắp đến hạn — còn 1 ngày');
    assert.equal(translate('en', detailStrings, 'copies', { count: 1 }), '1 copy');
    assert.equal(translate('en', detailStrings, 'copies', { count: 3 }), '3 copies');
  });

  it('word every English count for both one and many', () => {
    for (const [name, table] of Object.entries(TABLES)) {
      for (const [key, { en }] of Object.entries(table)) {
        assert.doesNotMatch(en, /\{(days|count|seconds)\} (days|hours|months|seconds|procedures|copies|originals)\b|\(s\)|\(ies\)/, `${name}.${key}: "${en}" needs {n:one|other}`);
      }
    }
  });
});
