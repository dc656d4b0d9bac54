import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import MiniSearch from 'minisearch';
import { createTermIndex, type TermQuery } from './term-index.js';
import { terms } from './tokenize.js';

const DOCS = [
  ['Đăng ký khai sinh', 'Hộ tịch'],
  ['Đăng ký khai sinh lưu động', 'Hộ tịch'],
  ['Đăng ký kết hôn', 'Hộ tịch'],
  ['Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất', 'Đất đai'],
  ['Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Chứng thực'],
  ['Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', 'Hoạt động xây dựng'],
  ['Đăng ký thường trú', 'Đăng ký, quản lý cư trú'],
] as const;

const OPTIONS = { boosts: [3, 1], weights: { fuzzy: 0.35, prefix: 0.25 }, bm25: { k: 0.5, b: 0.75, d: 0.5 } };

describe('term index', () => {
  it("scores as MiniSearch does, exact, by prefix and with typos, with MiniSearch's quality factor", () => {
    const index = createTermIndex(2);
    const mini = new MiniSearch<{ id: number; name: string; sector: string }>({
      fields: ['name', 'sector'],
      tokenize: terms,
      processTerm: (t) => t,
    });
    DOCS.forEach(([name, sector], id) => {
      index.add(id, [terms(name).map(index.termId), terms(sector).map(index.termId)]);
      mini.add({ id, name, sector });
    });
    const queries: TermQuery[][] = [
      [
        { term: 'dang', fuzzy: false, prefix: false },
        { term: 'ki', fuzzy: false, prefix: false },
      ],
      [
        { term: 'chung', fuzzy: 1, prefix: false },
        { term: 'th', fuzzy: false, prefix: true },
      ],
      [
        { term: 'giai', fuzzy: 1, prefix: false },
        { term: 'phep', fuzzy: false, prefix: false },
        { term: 'xai', fuzzy: 1, prefix: true },
      ],
    ];
    for (const q of queries) {
      const found = index.search(q, OPTIONS);
      const expected = mini.search(q.map((t) => t.term).join(' '), {
        tokenize: (s) => s.split(' '),
        processTerm: (t) => t,
        boost: { name: 3, sector: 1 },
        fuzzy: (_t, i) => q[i]!.fuzzy,
        prefix: (_t, i) => q[i]!.prefix,
        weights: OPTIONS.weights,
        bm25: OPTIONS.bm25,
      });
      assert.deepEqual(
        [...found.ids].toSorted((a, b) => a - b),
        expected.map((r) => r.id as number).toSorted((a, b) => a - b),
      );
      for (const r of expected) {
        const j = found.ids.indexOf(r.id as number);
        assert.ok(Math.abs(found.scores[j]! - r.score) < 1e-9, `score of ${DOCS[r.id as number]![0]}: ${found.scores[j]} vs ${r.score}`);
        assert.equal(
          found.masks[j],
          r.queryTerms.reduce((m, t) => m | (1 << q.findIndex((x) => x.term === t)), 0),
        );
      }
    }
  });

  it('forgets removed documents and counts the name words reached', () => {
    const index = createTermIndex(2);
    DOCS.forEach(([name, sector], id) => index.add(id, [terms(name).map(index.termId), terms(sector).map(index.termId)]));
    const q: TermQuery[] = [
      { term: 'khai', fuzzy: false, prefix: false },
      { term: 'sinh', fuzzy: false, prefix: false },
    ];
    const found = index.search(q, OPTIONS);
    assert.deepEqual([...found.ids], [0, 1]);
    assert.deepEqual([...found.hits], [2, 2]);
    assert.deepEqual([...found.reached].sort(), ['khai', 'sinh']);
    index.remove(0);
    assert.deepEqual([...index.search(q, OPTIONS).ids], [1]);
    assert.equal(index.countOf(index.termId('khai'), 0), 1);
    // Added after a search: the lists are remade on the next read.
    index.add(0, [terms(DOCS[0][0]).map(index.termId), terms(DOCS[0][1]).map(index.termId)]);
    assert.deepEqual([...index.search(q, OPTIONS).ids], [0, 1]);
    assert.deepEqual([...index.idsOf('khai', 0)], [0, 1]);
    index.clear();
    assert.deepEqual([...index.search(q, OPTIONS).ids], []);
  });
});
