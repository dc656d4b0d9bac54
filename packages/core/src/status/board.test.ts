// maskName: what a public view (a look-up without the key, the hall's screen) shows of a name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { maskName } from './board.js';

/** A word of letters: Vietnamese ones, and any other script's. */
const LETTERS = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ',
  'ß',
  'ﬀ',
  'Ж',
  'λ',
  '中',
  'ǅ',
];
const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
/** Anything that is not a letter or a mark joins words: spaces of every kind, invisible joiners, punctuation, digits, emoji. */
const SEPARATORS = [
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u3000',
  '.',
  '_',
  '-',
  ',',
  "'",
  '·',
  '/',
  '0',
  '9',
  '😀',
  '\u0000',
];
const separator = fc.array(fc.constantFrom(...SEPARATORS), { minLength: 1, maxLength: 3 }).map((a) => a.join(''));
const nonLetters = fc.array(fc.constantFrom(...SEPARATORS), { maxLength: 2 }).map((a) => a.join(''));

/** A run of two letters or more (a letter's own marks included). */
const RUN = /\p{L}\p{M}*\p{L}/u;

describe('maskName', () => {
  it('keeps the family name and the initials of the rest', () => {
    assert.equal(maskName('Nguyễn Văn Dũng'), 'Nguyễn V. D.');
    assert.equal(maskName('  trần   thị  lan '), 'trần T. L.');
    // Decomposed (NFD) text, as some keyboards and backends send it: the initial keeps its marks.
    assert.equal(maskName('Nguyễn Ước'.normalize('NFD')).normalize('NFC'), 'Nguyễn Ư.');
  });

  it('masks a one-word name', () => {
    assert.equal(maskName('Lan'), 'L.');
    assert.equal(maskName('  đức '), 'Đ.');
  });

  it('treats any non-letter as a word break: zero-width spaces, dots, underscores', () => {
    assert.equal(maskName('Nguyễn\u200bVăn\u200bDũng'), 'Nguyễn V. D.');
    assert.equal(maskName('Nguyễn.Văn.Dũng'), 'Nguyễn V. D.');
    assert.equal(maskName('Nguyễn_Văn_Dũng'), 'Nguyễn V. D.');
    assert.equal(maskName('Lan\u200b'), 'L.');
    assert.equal(maskName('123 456'), '');
  });

  it('leaves a masked name as it is', () => {
    for (const masked of ['Nguyễn V. A.', 'L.', 'Trần H. T.']) assert.equal(maskName(masked), masked);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 5 }),
        separator,
        (words, sep) => maskName(maskName(words.join(sep))) === maskName(words.join(sep)),
      ),
    );
  });

  it('never shows two letters of a given name, whatever separates the words', () => {
    fc.assert(
      fc.property(nonLetters, word, fc.array(fc.tuple(separator, word), { maxLength: 5 }), nonLetters, (lead, family, rest, trail) => {
        const out = maskName(lead + family + rest.map(([sep, w]) => sep + w).join('') + trail);
        const given = rest.map(([, w]) => w);
        if (!given.length) {
          // One word: only its initial.
          assert.doesNotMatch(out, RUN, out);
          assert.match(out, /^\p{L}\p{M}*\.$/u);
          return;
        }
        assert.ok(out.startsWith(`${family} `), out);
        const initials = out.slice(family.length);
        assert.doesNotMatch(initials, RUN, out);
        for (const w of given) if ([...w].length >= 2) assert.ok(!initials.includes(w), `${w} in ${out}`);
        assert.equal(initials.split(' ').filter(Boolean).length, given.length, out);
      }),
      { numRuns: 2000 },
    );
  });
});
