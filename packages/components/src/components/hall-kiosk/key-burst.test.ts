import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KeyBurst } from './key-burst.js';

/** Presses each key of `text` (then Enter) `gap` ms apart, from `start`; returns what the burst said at Enter. */
function type(burst: KeyBurst, text: string, gaps: number | number[], start = 1000): string | undefined {
  let t = start;
  const keys = [...text, 'Enter'];
  let out: string | undefined;
  keys.forEach((k, i) => {
    out = burst.key(k, t);
    t += Array.isArray(gaps) ? (gaps[i % gaps.length] ?? 0) : gaps;
  });
  return out;
}

const CODE = '000.00.12.H42-241105-0003';
const URL = 'https://dichvucong.hatinh.gov.vn/tra-cuu?code=000.00.12.H42-241105-0003&key=AB12CD';

describe('KeyBurst: a scanner told from a person by timing', () => {
  it('recognises a scanner burst ending in Enter (Code 128 and a QR link)', () => {
    assert.equal(type(new KeyBurst(), CODE, 8), CODE);
    assert.equal(type(new KeyBurst(), URL, [3, 12, 5, 30]), URL);
  });

  it('does not take a person typing for a scanner, slow or fast', () => {
    assert.equal(type(new KeyBurst(), CODE, 180), undefined);
    // A fast typist: mostly 70–120 ms, with the odd roll-over of 30 ms.
    assert.equal(type(new KeyBurst(), CODE, [90, 30, 110, 75, 120, 70]), undefined);
  });

  it('takes only the burst when a person typed before it, and ignores keys that type nothing', () => {
    const burst = new KeyBurst();
    let t = 0;
    for (const k of 'abc') burst.key(k, (t += 200));
    t += 500;
    let out: string | undefined;
    for (const k of [...'000.00.12.H', 'Shift', '42-241105-0003', 'Enter']) {
      for (const c of k.length > 1 && k !== 'Shift' && k !== 'Enter' ? [...k] : [k]) out = burst.key(c, (t += 6));
    }
    assert.equal(out, CODE);
  });

  it('needs the Enter to come at scanner speed too, and a few characters', () => {
    const burst = new KeyBurst();
    let t = 0;
    for (const k of CODE) burst.key(k, (t += 5));
    assert.equal(burst.key('Enter', t + 400), undefined, 'Enter pressed by a person after pasting');
    assert.equal(type(new KeyBurst(), '12', 5), undefined, 'too short');
  });

  it('takes the gap it is given', () => {
    assert.equal(type(new KeyBurst({ maxGap: 20 }), CODE, 30), undefined);
    assert.equal(type(new KeyBurst({ maxGap: 40 }), CODE, 30), CODE);
  });
});
