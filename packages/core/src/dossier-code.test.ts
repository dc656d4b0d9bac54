import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { extractDossierCode, parseDossierCode } from './dossier-code.js';

const CANONICAL = '000.00.12.H42-241105-0003';

describe('parseDossierCode', () => {
  it('parses the national format', () => {
    assert.deepEqual(parseDossierCode(CANONICAL), {
      code: CANONICAL,
      agencyCode: '000.00.12.H42',
      receivedOn: '2024-11-05',
      sequence: 3,
    });
    assert.equal(parseDossierCode('000.00.53.H48-220921-0099')?.receivedOn, '2022-09-21');
  });

  it('normalises what people type and scanners emit', () => {
    for (const dirty of [
      '  000.00.12.h42-241105-0003  ',
      '000.00.12.H42 - 241105 - 0003',
      '000.00.12.H42–241105—0003',
      '０００.００.１２.Ｈ４２－２４１１０５－０００３',
      '000.00.12.H42-241105-0003.',
      '000 . 00 . 12 . H42-241105-0003',
      '\u200b000.00.12.H42-241105-0003\ufeff',
    ]) {
      assert.equal(parseDossierCode(dirty)?.code, CANONICAL, dirty);
    }
  });

  it('accepts the variants systems emit', () => {
    assert.deepEqual(parseDossierCode('H42.22-20260609-0092637'), {
      code: 'H42.22-20260609-0092637',
      agencyCode: 'H42.22',
      receivedOn: '2026-06-09',
      sequence: 92637,
    });
    assert.equal(parseDossierCode('h26.107-250101-0001')?.agencyCode, 'H26.107');
    assert.equal(parseDossierCode('G09.20-240229-1234')?.receivedOn, '2024-02-29');
  });

  it('rejects anything that is not exactly one code', () => {
    for (const bad of [
      '',
      '   ',
      '000.00.12.H42',
      '000.00.12.H42-241105',
      '000.00.12.H42-241105-003',
      '000.00.12.H42-241305-0003', // month 13
      '000.00.12.H42-230229-0003', // not a leap year
      '000.00.12.H42-241131-0003', // 31 November
      '000.00.12.H42-2411050-0003',
      `${CANONICAL} ${CANONICAL}`,
      `${CANONICAL}x`,
      `x${CANONICAL}`,
      'Mã hồ sơ: 000.00.12.H42-241105-0003',
      '<script>alert(1)</script>',
      '000.00.12.H42-241105-0003'.repeat(20),
    ]) {
      assert.equal(parseDossierCode(bad), null, bad);
    }
    assert.equal(parseDossierCode(undefined as unknown as string), null);
  });

  it('round-trips any valid code (property)', () => {
    const code = fc
      .record({
        agency: fc.oneof(
          fc
            .tuple(
              fc.integer({ min: 0, max: 999 }),
              fc.integer({ min: 0, max: 99 }),
              fc.integer({ min: 0, max: 99 }),
              fc.constantFrom('H', 'G'),
              fc.integer({ min: 1, max: 99 }),
            )
            .map(
              ([a, b, c, l, n]) =>
                `${String(a).padStart(3, '0')}.${String(b).padStart(2, '0')}.${String(c).padStart(2, '0')}.${l}${String(n).padStart(2, '0')}`,
            ),
          fc
            .tuple(fc.constantFrom('H', 'G'), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 999 }))
            .map(([l, n, s]) => `${l}${String(n).padStart(2, '0')}.${s}`),
        ),
        day: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        seq: fc.integer({ min: 0, max: 9_999_999 }),
      })
      .map(({ agency, day, seq }) => {
        const iso = day.toISOString().slice(0, 10);
        return { text: `${agency}-${iso.slice(2).replaceAll('-', '')}-${String(seq).padStart(4, '0')}`, iso, seq };
      });
    fc.assert(
      fc.property(code, fc.constantFrom('', ' ', '  '), ({ text, iso, seq }, pad) => {
        const parsed = parseDossierCode(`${pad}${text.toLowerCase().replaceAll('-', ' – ')}.${pad}`);
        assert.ok(parsed, text);
        assert.equal(parsed.code, text);
        assert.equal(parsed.receivedOn, iso);
        assert.equal(parsed.sequence, seq);
        assert.deepEqual(parseDossierCode(parsed.code), parsed);
      }),
    );
  });

  it('never throws and only returns canonical codes (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const parsed = parseDossierCode(s);
        if (parsed) assert.equal(parseDossierCode(parsed.code)?.code, parsed.code);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('extractDossierCode', () => {
  it('takes a bare or labelled code', () => {
    assert.deepEqual(extractDossierCode(CANONICAL), { code: CANONICAL });
    assert.deepEqual(extractDossierCode('Mã hồ sơ: 000.00.12.h42-241105-0003'), { code: CANONICAL });
    assert.deepEqual(
      extractDossierCode('GIẤY TIẾP NHẬN HỒ SƠ\nMã hồ sơ: 000.00.12.H42-241105-0003. Mã tra cứu: A7K2\nNgày hẹn trả: 15/11/2024'),
      {
        code: CANONICAL,
        key: 'A7K2',
      },
    );
  });

  it('reads URLs with the code in the query, fragment or path', () => {
    const cases: Array<[string, { code: string; key?: string }]> = [
      ['https://dichvucong.hatinh.gov.vn/tra-cuu?code=000.00.12.H42-241105-0003', { code: CANONICAL }],
      ['https://portal.example.vn/tracuu?maHoSo=000.00.12.H42-241105-0003&secretKey=x9Q2', { code: CANONICAL, key: 'x9Q2' }],
      ['https://portal.example.vn/tracuu?mahoso=000.00.12.H42%2D241105%2D0003&maTraCuu=AB12', { code: CANONICAL, key: 'AB12' }],
      ['https://portal.example.vn/#/tra-cuu?ma=000.00.12.H42-241105-0003&key=K3Y9', { code: CANONICAL, key: 'K3Y9' }],
      ['https://portal.example.vn/app#code=000.00.12.H42-241105-0003', { code: CANONICAL }],
      ['portal.example.vn/ho-so/000.00.12.H42-241105-0003', { code: CANONICAL }],
      ['HTTPS://PORTAL.EXAMPLE.VN/?CODE=000.00.12.H42-241105-0003&KEY=ZZ11', { code: CANONICAL, key: 'ZZ11' }],
    ];
    for (const [text, expected] of cases) assert.deepEqual(extractDossierCode(text), expected, text);
  });

  it('returns null when there is no single code', () => {
    for (const text of [
      '',
      'hello',
      'https://portal.example.vn/tracuu?id=65a1b2c3&secretKey=abcd',
      'https://portal.example.vn/tracuu?code=not-a-code',
      `${CANONICAL} and 000.00.12.H42-241105-0004`,
      'https://%%%',
      '5901234123457', // an EAN-13 product barcode
    ]) {
      assert.equal(extractDossierCode(text), null, text);
    }
  });

  it('prefers the labelled code among several', () => {
    assert.deepEqual(extractDossierCode(`Hồ sơ liên quan 000.00.12.H42-241105-0004; Mã hồ sơ: ${CANONICAL}`), { code: CANONICAL });
  });

  it('never throws (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true })), (s) => {
        const found = extractDossierCode(s);
        if (found) assert.ok(parseDossierCode(found.code));
      }),
      { numRuns: 1000 },
    );
  });
});
