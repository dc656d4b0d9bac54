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

describe("a lexicon phrase and the citizen's diacritics", () => {
  it('takes a word written with other diacritics for another word ("thăm dò" is no boat, "đò")', () => {
    // The lexicon says "đò" (a ferry boat) means an inland waterway vessel.
    assert.ok(termsOf('đò chở khách').includes('thuy'));
    assert.ok(!termsOf('thăm dò nước ngầm').includes('thuy'));
    assert.deepEqual(termsOf('thăm dò').slice(0, 2), ['tham', 'do']);
  });

  it('still reads a word written without diacritics as the phrase, and one whose tone sits elsewhere', () => {
    assert.ok(termsOf('so do').includes('chung'));
    assert.ok(termsOf('sổ đỏ').includes('chung'));
    assert.ok(!termsOf('sổ đổ').includes('chung'));
    // "hoà" and "hòa": one spelling, the tone placed on either vowel.
    assert.deepEqual(termsOf('hoà giải viên'), termsOf('hòa giải viên'));
  });
});

describe('a Vietnamese query with a loanword or an abbreviation', () => {
  it('is not read as English: its "tờ", "thẻ", "ăn" are not English filler', () => {
    assert.ok(termsOf('photo to khai').includes('to'));
    assert.ok(termsOf('lam the atm').includes('the'));
    assert.ok(termsOf('tiem karaoke an uong').includes('an'));
  });

  it('is English when half its words or more cannot be Vietnamese', () => {
    assert.ok(!termsOf('visa extension for my wife').includes('for'));
    assert.ok(termsOf('lost my passport').includes('chieu'));
  });
});

describe('the question around a request (round 9)', () => {
  it('drops "thì" typed with its tone and a "không" that ends the query', () => {
    assert.ok(!termsOf('mới thuê trọ ở đây thì có phải khai báo không').includes('khong'));
    assert.ok(!termsOf('chồng mất thì vợ có được hưởng tiền tuất không').includes('thi'));
  });

  it('keeps "thi" typed without diacritics (an exam, "thi công") and a "không" inside the query', () => {
    assert.ok(termsOf('thi bang lai xe may').includes('thi'));
    assert.ok(termsOf('dat khong co giay to').includes('khong'));
    assert.deepEqual(termsOf('không'), ['khong']);
  });

  it('reads a child studying far away as context, not as words a title must hold', () => {
    assert.deepEqual(termsOf('con đi học xa thì đăng ký tạm trú cho con không'), ['dang', 'ki', 'tam', 'tru']);
  });
});

describe('"thi" typed without its tone (round 10)', () => {
  it('drops it between two words as "thì" ("… hy sinh thi mẹ được gì")', () => {
    assert.ok(!termsOf('bo em hy sinh thi me duoc huong gi').includes('thi'));
    assert.ok(!termsOf('duoc cho xe o to thi khai thue sao').includes('thi'));
  });

  it('keeps it before a title’s word, after "đô" and at either end ("thi công", "thị thực", "đô thị")', () => {
    assert.ok(termsOf('giay phep thi cong').includes('thi'));
    assert.ok(termsOf('yeu cau thi hanh an').includes('thi'));
    assert.ok(termsOf('gia han mien thi thuc').includes('thi'));
    assert.ok(termsOf('quy hoach do thi moi').includes('thi'));
    assert.ok(termsOf('xem lich thi').includes('thi'));
  });
});

describe('what a request is for (round 10)', () => {
  const optional = (query: string) =>
    rewrite(query)
      .terms.filter((t) => t.optional)
      .map((t) => t.term);

  it('reads the words after "để" as helping ranking, not required', () => {
    assert.deepEqual(optional('xác nhận độc thân để vay ngân hàng'), ['vay', 'ngan', 'hang']);
    assert.ok(optional('chuyen ho khau ve que de huong tro cap nguoi cao tuoi').includes('huong'));
    assert.ok(!termsOf('chuyen ho khau ve que de huong tro cap').includes('de'));
  });

  it('keeps "để lại" (left behind) and the ask after "làm sao để"', () => {
    assert.deepEqual(optional('đất ông bà để lại chưa có sổ'), optional('đất ông bà chưa có sổ'));
    assert.deepEqual(optional('nghỉ việc thì làm sao để nhận trợ cấp'), []);
  });
});
