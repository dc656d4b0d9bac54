import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { foldVietnamese } from './text.js';

describe('foldVietnamese', () => {
  it('drops diacritics and maps đ', () => {
    assert.equal(foldVietnamese('Giấy chứng nhận quyền sử dụng đất'), 'giay chung nhan quyen su dung dat');
    assert.equal(foldVietnamese('ĐĂNG KÝ KẾT HÔN'), 'dang ky ket hon');
  });

  it('treats NFC, NFD and both tone placements alike', () => {
    const nfc = 'hòa hoà thuỷ thủy'.normalize('NFC');
    assert.equal(foldVietnamese(nfc), 'hoa hoa thuy thuy');
    assert.equal(foldVietnamese(nfc.normalize('NFD')), foldVietnamese(nfc));
  });

  it('turns full-width forms into ASCII', () => {
    assert.equal(foldVietnamese('ＳỔ ĐỎ １２'), 'so do 12');
  });

  it('is idempotent and independent of normal form (property)', () => {
    const vietnamese = fc.string({
      unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐÂ Ơ'.split('')),
    });
    fc.assert(
      fc.property(vietnamese, (s) => {
        const folded = foldVietnamese(s);
        assert.equal(foldVietnamese(folded), folded);
        assert.equal(foldVietnamese(s.normalize('NFD')), folded);
        assert.match(folded, /^[a-z ]*$/);
      }),
    );
  });
});
