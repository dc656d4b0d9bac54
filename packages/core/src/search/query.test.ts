import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_FILLER_WORDS, DEFAULT_LEXICON, ENGLISH_FILLER_WORDS, ENGLISH_LEXICON } from './lexicon.js';
import { createQueryRewriter } from './query.js';

const rewrite = createQueryRewriter([...DEFAULT_LEXICON, ...ENGLISH_LEXICON], DEFAULT_FILLER_WORDS, () => false, ENGLISH_FILLER_WORDS);
const termsOf = (query: string) => rewrite(query).terms.map((t) => t.term);

describe('reading a query as English', () => {
  it('does not take an abbreviation without a vowel (cccd, gplx, bhxh) for English', () => {
    // Read as English, "to" (tờ), "me" (mẹ) and "an" (ăn) would be dropped as English filler words.
    assert.ok(termsOf('xin giay to cccd').includes('to'));
    assert.ok(termsOf('doi gplx cho me').includes('me'));
    assert.ok(termsOf('bhxh tien an trua').includes('an'));
  });

  it('still reads English with its filler words dropped', () => {
    const terms = termsOf('birth certificate for my son');
    assert.ok(!terms.includes('for') && !terms.includes('my'));
    assert.ok(terms.includes('khai') && terms.includes('sinh'));
  });
});
