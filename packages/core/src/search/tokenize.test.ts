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
