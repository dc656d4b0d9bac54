import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Level, OnlineService, Procedure } from '../model.js';
import { createProcedureIndex } from './procedure-index.js';

const HT = { code: 'HT', name: 'Hộ tịch' };
const DD = { code: 'DD', name: 'Đất đai' };
const CT = { code: 'CT', name: 'Chứng thực' };
const GT = { code: 'GT', name: 'Đường bộ' };
const CTRU = { code: 'CTRU', name: 'Đăng ký, quản lý cư trú' };
const HG = { code: 'HG', name: 'Hòa giải cơ sở' };

const p = (
  code: string,
  name: string,
  sector: Procedure['sector'],
  levels: Level[] = ['commune'],
  onlineService: OnlineService = 'partial',
): Procedure => ({
  code,
  name,
  sector,
  levels,
  onlineService,
});

const CATALOGUE: Procedure[] = [
  p('1.001193', 'Đăng ký khai sinh', HT, ['commune'], 'full'),
  p('1.004746', 'Đăng ký khai sinh lưu động', HT),
  p('1.000894', 'Đăng ký kết hôn', HT),
  p('1.000689', 'Đăng ký kết hôn lưu động', HT),
  p('2.000806', 'Đăng ký kết hôn có yếu tố nước ngoài', HT, ['district']),
  p('1.000656', 'Đăng ký khai tử', HT, ['commune'], 'full'),
  p('1.004873', 'Cấp Giấy xác nhận tình trạng hôn nhân', HT, ['commune'], 'full'),
  p(
    '1.012002',
    'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu',
    DD,
    ['district'],
  ),
  p('1.012007', 'Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất', DD, ['district']),
  p('1.012005', 'Tách thửa hoặc hợp thửa đất', DD, ['district']),
  p(
    '2.000815',
    'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    CT,
    ['commune', 'district'],
    'full',
  ),
  p('2.000843', 'Chứng thực chữ ký trong các giấy tờ, văn bản', CT, ['commune', 'district']),
  p('1.003001', 'Cấp giấy phép lái xe', GT, ['province']),
  p('1.003003', 'Cấp lại giấy phép lái xe', GT, ['province'], 'full'),
  p('1.004557', 'Đăng ký thường trú', CTRU, ['commune'], 'full'),
  p('1.004575', 'Đăng ký tạm trú', CTRU, ['commune'], 'full'),
  p('1.003602', 'Công nhận hòa giải viên', HG, ['commune'], 'none'),
];

const top = (query: string, options = {}) =>
  createProcedureIndex(CATALOGUE)
    .search(query, options)
    .map((h) => h.procedure.code);

describe('createProcedureIndex', () => {
  it('finds titles with or without diacritics, in NFC or NFD, with either tone placement', () => {
    for (const q of ['đăng ký kết hôn', 'dang ky ket hon', 'ĐĂNG KÝ KẾT HÔN', 'đăng ký kết hôn'.normalize('NFD'), 'dang ki ket hon']) {
      assert.equal(top(q)[0], '1.000894', q);
    }
    assert.equal(top('hoà giải viên')[0], '1.003602');
    assert.equal(top('hòa giải viên')[0], '1.003602');
  });

  it('understands citizen vocabulary through the lexicon', () => {
    assert.equal(top('sổ đỏ')[0], '1.012002');
    assert.equal(top('mất sổ đỏ')[0], '1.012007');
    assert.equal(top('hộ khẩu')[0], '1.004557');
    assert.equal(top('bằng lái')[0], '1.003001');
    assert.equal(top('sao y')[0], '2.000815');
    assert.equal(top('giấy xác nhận độc thân')[0], '1.004873');
  });

  it('lets a portal extend or replace the lexicon', () => {
    const extended = createProcedureIndex(CATALOGUE, { lexicon: [{ say: ['làm giấy cho bé'], means: 'đăng ký khai sinh' }] });
    assert.equal(extended.search('làm giấy cho bé')[0]?.procedure.code, '1.001193');
    const bare = createProcedureIndex(CATALOGUE, { replaceDefaultLexicon: true, lexicon: [] });
    // "hộ khẩu" appears in no title: only the default lexicon maps it to "đăng ký thường trú".
    assert.notEqual(bare.search('hộ khẩu')[0]?.procedure.code, '1.004557');
  });

  it('tolerates typos and partial words while typing, and drops filler words', () => {
    assert.equal(top('dang ky khai sinhh')[0], '1.001193');
    assert.equal(top('chung thuc ban saoo')[0], '2.000815');
    assert.equal(top('khai si')[0], '1.001193');
    assert.equal(top('tach thu')[0], '1.012005');
    assert.equal(top('thủ tục đăng ký khai tử như thế nào')[0], '1.000656');
    assert.deepEqual(top('xyzzy quux'), []);
  });

  it('puts the base procedure before its variants unless they are asked for', () => {
    assert.deepEqual(top('dang ky khai sinh').slice(0, 2), ['1.001193', '1.004746']);
    assert.equal(top('dang ky khai sinh luu dong')[0], '1.004746');
    assert.equal(top('giấy phép lái xe')[0], '1.003001');
    assert.equal(top('giấy phép lái xe bị mất')[0], '1.003003');
  });

  it('puts an exact procedure code first, and completes a partial one', () => {
    assert.deepEqual(top('1.000894'), ['1.000894']);
    assert.deepEqual(top('1.0008'), ['1.000894']);
    assert.deepEqual(top(' 2.000815 '), ['2.000815']);
  });

  it('filters by sector, level and online service; an empty query lists by sector', () => {
    assert.deepEqual(top('dang ky', { sector: 'CTRU' }), ['1.004557', '1.004575']);
    assert.ok(top('ket hon', { level: 'district' }).every((c) => c === '2.000806'));
    // By sector, then by name: "Cấp giấy…" before "Đăng ký…".
    assert.deepEqual(top('', { onlineService: 'full', sector: 'HT' }), ['1.004873', '1.001193', '1.000656']);
    const all = createProcedureIndex(CATALOGUE).search('', { limit: 100 });
    const sectors = all.map((h) => h.procedure.sector?.name);
    assert.deepEqual(sectors.slice(0, 2), ['Chứng thực', 'Chứng thực']);
    assert.equal(all.length, CATALOGUE.length);
  });

  it('breaks ties stably, in catalogue order', () => {
    const twins = [p('9.000002', 'Đăng ký tạm vắng', CTRU), p('9.000001', 'Đăng ký tạm vắng', CTRU)];
    const index = createProcedureIndex(twins);
    for (let i = 0; i < 3; i++)
      assert.deepEqual(
        index.search('tam vang').map((h) => h.procedure.code),
        ['9.000002', '9.000001'],
      );
  });

  it('marks the matched words of the name, agreeing on diacritics', () => {
    const index = createProcedureIndex(CATALOGUE);
    const [hit] = index.search('ket hon');
    assert.equal(hit?.procedure.name, 'Đăng ký kết hôn');
    assert.deepEqual(hit?.highlights, [[8, 15]]);
    const [licence] = index.search('bằng lái', { limit: 5 }).filter((h) => h.procedure.code === '1.003003');
    const marked = licence!.highlights.map(([s, e]) => licence!.procedure.name.slice(s, e));
    assert.deepEqual(marked, ['giấy phép lái xe']);
    const nfd = createProcedureIndex([p('1', 'Đăng ký kết hôn'.normalize('NFD'), HT)]).search('ket hon')[0]!;
    assert.equal(nfd.procedure.name.slice(...nfd.highlights[0]!), 'kết hôn'.normalize('NFD'));
  });

  it('adds, replaces, removes and rebuilds cheaply', () => {
    const index = createProcedureIndex(CATALOGUE.slice(0, 3));
    assert.equal(index.size, 3);
    index.add(p('1.004575', 'Đăng ký tạm trú', CTRU));
    assert.equal(index.search('tam tru')[0]?.procedure.code, '1.004575');
    index.add(p('1.004575', 'Gia hạn tạm trú', CTRU));
    assert.equal(index.size, 4);
    assert.equal(index.get('1.004575')?.name, 'Gia hạn tạm trú');
    assert.equal(index.remove('1.004575'), true);
    assert.equal(index.remove('1.004575'), false);
    assert.deepEqual(index.search('tam tru'), []);
    index.replaceAll([p('X.1', 'Tách thửa hoặc hợp thửa đất', DD)]);
    assert.equal(index.size, 1);
    assert.deepEqual(index.search('khai sinh'), []);
    // The old titles' words are forgotten too: once "chứng" is gone, "chung" is read as a typo.
    index.replaceAll([p('X.2', 'Chứng thực bản sao', CT)]);
    index.replaceAll([p('X.3', 'Phê duyệt chương trình đào tạo', HT)]);
    assert.equal(index.search('chung ')[0]?.procedure.code, 'X.3');
  });

  it("keeps each name's diacritics through many replacements", () => {
    // Each add of a known code leaves its old diacritics behind, until the list is compacted.
    const fresh = createProcedureIndex(CATALOGUE);
    const churned = createProcedureIndex(CATALOGUE);
    for (let round = 0; round < 60; round++) churned.add(round % 2 ? CATALOGUE : [...CATALOGUE].reverse());
    churned.remove('1.000894');
    churned.add(CATALOGUE[2]!);
    for (const q of ['bằng lái', 'cấp lại', 'kết hôn', 'tạm trú', 'lái xe', 'đất']) {
      const answer = (index: typeof fresh) =>
        index
          .search(q, { limit: 20 })
          .map((h) => `${h.procedure.code} ${h.score.toFixed(9)} ${JSON.stringify(h.highlights)}`)
          .sort();
      assert.deepEqual(answer(churned), answer(fresh), q);
    }
    assert.deepEqual(
      churned.search('bằng lái').map((h) => h.procedure.code),
      ['1.003001', '1.003003'],
    );
  });

  it('prunes without changing the top hits: a short list is the head of the full ranking', () => {
    // A catalogue where common words match nearly every title, as at national scale.
    const names = CATALOGUE.map((c) => c.name.split(' '));
    const large = names.flatMap((a, i) =>
      names.map((b, j) =>
        p(`9.${i}.${j}`, [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.floor(b.length / 2))].join(' '), CATALOGUE[j]!.sector),
      ),
    );
    const index = createProcedureIndex([...CATALOGUE, ...large]);
    for (const q of [
      'dang ky',
      'cấp',
      'cap lai giay chung nhan bi mat',
      'ket hon nuoc ngoai',
      'chung thuc ban sao',
      'dang ky k',
      'lam so do',
      'xac nhan tinh trang',
    ]) {
      const full = index.search(q, { limit: index.size }).map((h) => `${h.procedure.code} ${h.score}`);
      for (const limit of [1, 3, 10])
        assert.deepEqual(
          index.search(q, { limit }).map((h) => `${h.procedure.code} ${h.score}`),
          full.slice(0, limit),
          `${q} (limit ${limit})`,
        );
    }
  });

  it("answers alike with or without the build's warm-up, and whether names come at once or one by one", () => {
    // Over 500 names: the build warms up, and names added one by one are read without the index's lists.
    const names = CATALOGUE.map((c) => c.name.split(' '));
    const large = [2, 3].flatMap((cut) =>
      names.flatMap((a, i) =>
        names.map((b, j) =>
          p(
            `${cut}.${i}.${j}`,
            [...a.slice(0, Math.ceil(a.length / cut)), ...b.slice(Math.floor(b.length / cut))].join(' '),
            CATALOGUE[j]!.sector,
          ),
        ),
      ),
    );
    const all = [...CATALOGUE, ...large];
    assert.ok(all.length >= 500);
    const warm = createProcedureIndex(all);
    const cold = createProcedureIndex(all, { warmUp: false });
    const byOne = createProcedureIndex(all.slice(0, 400), { warmUp: false });
    for (const procedure of all.slice(400)) byOne.add(procedure);
    // A removed name and its return leave the same answers.
    byOne.remove(all[450]!.code);
    assert.equal(byOne.get(all[450]!.code), undefined);
    byOne.add(all[450]!);
    for (const q of [
      'dang ky khai sinh',
      'cap lai giay chung nhan bi mat',
      'khai sinh luu dong',
      'ket hon nuoc ngoai',
      'chung thuc ban sao',
      'dang ky k',
      '',
    ]) {
      const expected = JSON.stringify(warm.searchPage({ q, limit: 15 }));
      assert.equal(JSON.stringify(cold.searchPage({ q, limit: 15 })), expected, q);
      // The one-by-one index numbered the returned name last: compare codes and scores, not order among equals.
      const sorted = (r: ReturnType<typeof warm.searchPage>) => r.items.map((h) => `${h.procedure.code} ${h.score}`).sort();
      if (q) assert.deepEqual(sorted(byOne.searchPage({ q, limit: all.length })), sorted(warm.searchPage({ q, limit: all.length })), q);
    }
  });

  it('pages in the Adapter shape', () => {
    const index = createProcedureIndex(CATALOGUE);
    const page = index.searchPage({ q: 'dang ky', limit: 2, offset: 1 });
    assert.equal(page.items.length, 2);
    assert.ok(page.total > 3);
    assert.deepEqual(
      page.items.map((h) => h.procedure.code),
      index
        .search('dang ky', { limit: 3 })
        .slice(1)
        .map((h) => h.procedure.code),
    );
  });

  it('leaves out hits far below the best one, and counts only what it shows', () => {
    const index = createProcedureIndex(CATALOGUE);
    // "khai sinh" reaches "khai tử" through "khai" alone: noise beside the birth registrations.
    const all = index.searchPage({ q: 'khai sinh', limit: 50 });
    assert.ok(all.items.length >= 2);
    assert.ok(!all.items.some((h) => h.procedure.name === 'Đăng ký khai tử'), all.items.map((h) => h.procedure.name).join(', '));
    const best = all.items[0]!.score;
    assert.ok(all.items.every((h) => h.score >= best * 0.05));
    assert.equal(all.total, all.items.length);
    // Paging agrees with the total.
    const pages = [0, 1, 2, 3].flatMap((offset) => index.searchPage({ q: 'khai sinh', limit: 1, offset }).items);
    assert.deepEqual(
      pages.map((h) => h.procedure.code),
      all.items.map((h) => h.procedure.code),
    );
  });
});

describe('words the query did not ask for (issue 29, ranking)', () => {
  it('counts a matched word a name says again as only half matched', () => {
    const titles = ['Đăng ký chấm dứt giám sát việc giám hộ', 'Thủ tục đăng ký chấm dứt giám hộ'];
    const index = createProcedureIndex(titles.map((name, k) => p(`G${k}`, name, HT)));
    // "giám" of "giám sát" is not the "giám" of "giám hộ" the citizen asked for.
    assert.equal(index.search('khong lam giam ho nua')[0]?.procedure.name, 'Thủ tục đăng ký chấm dứt giám hộ');
  });
});

describe('precision weighed by rarity (issue 29, ranking)', () => {
  it('lets a common word the query did not ask for cost less than a rare one', () => {
    const titles = [
      'Cấp giấy phép khai thác tận thu',
      'Thủ tục cấp giấy phép khai thác',
      'Thủ tục đăng ký khai sinh',
      'Thủ tục đăng ký kết hôn',
      'Thủ tục đăng ký khai tử',
      'Thủ tục chứng thực chữ ký',
    ];
    const index = createProcedureIndex(titles.map((name, k) => p(`K${k}`, name, HT)));
    // "Thủ tục" stands before most titles, "tận thu" says the procedure is another one.
    assert.equal(index.search('cấp giấy phép khai thác')[0]?.procedure.name, 'Thủ tục cấp giấy phép khai thác');
    // The weights follow the catalogue: with "Thủ tục" gone from the others, it weighs as much as "tận thu".
    index.replaceAll(titles.slice(0, 2).map((name, k) => p(`K${k}`, name, HT)));
    const [a, b] = index.search('cấp giấy phép khai thác');
    assert.equal(a?.score, b?.score);
  });
});

describe('preferLevel', () => {
  it("puts the portal's own level first among the same title at several levels, and hides nothing", () => {
    const two = [p('2.1', 'Cấp bản sao Trích lục hộ tịch', HT, ['province']), p('2.2', 'Cấp bản sao Trích lục hộ tịch', HT, ['commune'])];
    assert.deepEqual(
      createProcedureIndex(two)
        .search('trich luc')
        .map((h) => h.procedure.code),
      ['2.1', '2.2'],
    );
    assert.deepEqual(
      createProcedureIndex(two, { preferLevel: 'commune' })
        .search('trich luc')
        .map((h) => h.procedure.code),
      ['2.2', '2.1'],
    );
  });
});

describe('citizen concepts (issue 29, second round)', () => {
  const first = (titles: string[], query: string) =>
    createProcedureIndex(titles.map((t, i) => p(`3.${i}`, t, HT)))
      .search(query)
      .map((h) => h.procedure.name)[0];

  it('reads damage as an exchange, and an admission as admission', () => {
    const land = [
      'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu',
      'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
      'Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất',
    ];
    assert.equal(first(land, 'so do bi uot rach nat'), land[1]);
    assert.equal(first(land, 'so do'), land[0]);
    const school = ['Chuyển trường đối với học sinh trung học cơ sở', 'Tuyển sinh trung học cơ sở'];
    assert.equal(first(school, 'con vao lop 6'), school[1]);
    assert.equal(first(school, 'chuyen truong cap 2'), school[0]);
  });

  it('asks for the combined birth registration only when the birth is named', () => {
    const titles = ['Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con', 'Thủ tục đăng ký nhận cha, mẹ, con'];
    assert.equal(first(titles, 'thu tuc nhan cha cho con'), titles[1]);
    assert.equal(first(titles, 'khai sinh va nhan cha cho con'), titles[0]);
  });

  it('keeps title syllables that were filler words, and drops the yes/no question', () => {
    const help = ['Thủ tục rút yêu cầu trợ giúp pháp lý của người được trợ giúp pháp lý', 'Thủ tục yêu cầu trợ giúp pháp lý'];
    assert.equal(first(help, 'tro giup phap ly'), help[1]);
    const build = ['Cấp giấy phép xây dựng có thời hạn đối với nhà ở riêng lẻ', 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ'];
    assert.equal(first(build, 'xay nha co can giay phep khong'), build[1]);
  });

  it('reads abbreviations as Vietnamese words, not English', () => {
    const titles = ['Cấp mới chứng chỉ hành nghề môi giới bất động sản', 'Đăng ký thi chứng chỉ bảo hiểm, chứng chỉ môi giới bảo hiểm'];
    assert.equal(first(titles, 'chung chi moi gioi bds'), titles[0]);
  });
  it("reads a business's and a tax payer's abbreviations and the insurance book", () => {
    const firms = ['Đăng ký thành lập doanh nghiệp tư nhân', 'Đăng ký thành lập công ty cổ phần'];
    assert.equal(first(firms, 'dang ky dntn'), firms[0]);
    const tax = [
      'Khai quyết toán thuế thu nhập doanh nghiệp theo phương pháp doanh thu - chi phí',
      'Khai quyết toán thuế thu nhập cá nhân',
    ];
    assert.equal(first(tax, 'quyet toan thue tndn'), tax[0]);
    const invoices = ['Đăng ký sử dụng hoá đơn điện tử', 'Đăng ký thuế lần đầu'];
    assert.equal(first(invoices, 'dang ky hddt'), invoices[0]);
    const closing = ['Giải thể doanh nghiệp', 'Chuyển đổi công ty trách nhiệm hữu hạn thành công ty cổ phần'];
    assert.equal(first(closing, 'giai the cty tnhh'), closing[0]);
    const books = ['Cấp lại, đổi, điều chỉnh thông tin trên sổ BHXH, thẻ BHYT', 'Giải quyết hưởng bảo hiểm xã hội một lần'];
    assert.equal(first(books, 'mat so bao hiem xa hoi'), books[0]);
    const cards = ['Cấp lại chứng nhận đăng ký xe, biển số xe', 'Cấp lại Giấy chứng nhận kiểm định, Tem kiểm định an toàn kỹ thuật'];
    assert.equal(first(cards, 'lam lai cavet bi mat'), cards[0]);
  });
});
