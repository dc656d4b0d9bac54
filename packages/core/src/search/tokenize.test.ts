import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { terms, tokenize, tokenizeSlowly } from './tokenize.js';

const VIETNAMESE = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const ALPHABET = [...`${VIETNAMESE}${VIETNAMESE.toUpperCase()}0123456789 ,.-/()ＡＢ１２`];

describe('tokenize', () => {
  it('reads each word through its letter table exactly as through normalisation', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        assert.deepEqual(tokenize(text), tokenizeSlowly(text));
        assert.deepEqual(tokenize(text.normalize('NFD')), tokenizeSlowly(text.normalize('NFD')));
        assert.deepEqual(
          terms(text),
          tokenizeSlowly(text).map((t) => t.term),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a tone apart from the vowel it sits on, and i/y after a consonant as one', () => {
    const [hoa1, hoa2] = [tokenize('hoà')[0]!, tokenize('hòa')[0]!];
    assert.equal(hoa1.accented, hoa2.accented);
    assert.notEqual(tokenize('lái')[0]!.accented, tokenize('lại')[0]!.accented);
    assert.equal(tokenize('Kỹ')[0]!.term, 'ki');
    assert.equal(tokenize('ĐẤT')[0]!.term, 'dat');
    assert.equal(tokenize('dat')[0]!.accented, undefined);
  });
});

describe('variantsOf', () => {
  it('finds every marker a name holds, in one pass, as a marker-by-marker search would', async () => {
    const { VARIANTS, variantsOf } = await import('./variants.js');
    const { terms } = await import('./tokenize.js');
    const words = [...new Set(VARIANTS.flatMap((v) => v.marker)), 'khai', 'sinh', 'giay', 'phep'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 14 }), (list) => {
        const folded = ` ${terms(list.join(' ')).join(' ')} `;
        assert.deepEqual(
          variantsOf(folded),
          VARIANTS.filter((v) => folded.includes(v.needle)),
        );
      }),
      { numRuns: 3000 },
    );
  });
});

describe('createNameReader', () => {
  // The names' own reading, one regular expression and one normalisation per name: what the
  // reader must agree with.
  const headOf = (name: string, words: number) => {
    let cut = -1;
    for (const mark of [',', ';', '(', ':', ' - ', ' – ', ' đối với ']) {
      const at = name.indexOf(mark);
      if (at >= 0 && (cut < 0 || at < cut)) cut = at;
    }
    return cut < 0 ? words : Math.max(1, name.slice(0, cut).match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0);
  };
  const SEPARATORS = [
    ' ',
    ',',
    ';',
    '(',
    ')',
    ':',
    ' - ',
    ' – ',
    ' đối với ',
    '\u00a0',
    '“',
    '”',
    '…',
    '™',
    '½',
    'ß',
    'é\u0301',
    ' \u0303',
    '\u0323',
  ];

  it('gives each name the terms, diacritics and head that normalising it gives (and tokenize the tokens)', async () => {
    const { createNameReader, termsByTable } = await import('./tokenize.js');
    const vocabulary: string[] = [];
    const keys: Array<string | undefined> = [undefined];
    const read = createNameReader(
      (term) => {
        const at = vocabulary.indexOf(term);
        return at >= 0 ? at : vocabulary.push(term) - 1;
      },
      (key) => {
        const at = keys.indexOf(key);
        return at >= 0 ? at : keys.push(key) - 1;
      },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...ALPHABET), fc.constantFrom(...SEPARATORS)), { maxLength: 40 }), (chars) => {
        for (const name of [chars.join(''), chars.join('').normalize('NFD')]) {
          const { ids, accents, head } = read(name);
          const words = terms(name);
          // Each word's diacritics, as tokenize spells them (none where normalising makes other words: "a™a").
          const tokens = tokenize(name);
          const aligned = tokens.length === words.length && tokens.every((t, k) => t.term === words[k]);
          assert.deepEqual(
            Array.from(accents.subarray(0, ids.length), (a) => keys[a]),
            aligned ? tokens.map((t) => t.accented) : words.map(() => undefined),
          );
          assert.deepEqual(
            ids.map((id) => vocabulary[id]),
            words,
          );
          // A name is read composed (NFC): its qualifier found however its tones were typed.
          assert.equal(head, headOf(name.normalize('NFC'), words.length));
          assert.deepEqual(tokenize(name), tokenizeSlowly(name));
          assert.deepEqual(termsByTable(name), words);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a word longer than its buffers, and the same spelling again after it', async () => {
    const { createNameReader } = await import('./tokenize.js');
    const vocabulary: string[] = [];
    const keys: Array<string | undefined> = [undefined];
    const read = createNameReader(
      (term) => (vocabulary.includes(term) ? vocabulary.indexOf(term) : vocabulary.push(term) - 1),
      (key) => (keys.includes(key) ? keys.indexOf(key) : keys.push(key) - 1),
    );
    const long = 'Đường'.repeat(60);
    for (const name of [`Cấp ${long} lại`, `cấp ${long}`, `Cấp ${long} lại`]) {
      const { ids, accents } = read(name);
      assert.deepEqual(
        ids.map((id) => vocabulary[id]),
        terms(name),
      );
      assert.deepEqual(
        Array.from(accents.subarray(0, ids.length), (a) => keys[a]),
        tokenize(name).map((t) => t.accented),
      );
    }
  });

  it('finds the words where tokenize finds them', async () => {
    const { wordSpans } = await import('./tokenize.js');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...ALPHABET), fc.constantFrom(...SEPARATORS)), { maxLength: 40 }), (chars) => {
        for (const name of [chars.join(''), chars.join('').normalize('NFD')])
          assert.deepEqual(
            wordSpans(name),
            tokenize(name).flatMap((t) => [t.start, t.end]),
          );
      }),
      { numRuns: 3000 },
    );
  });
});
