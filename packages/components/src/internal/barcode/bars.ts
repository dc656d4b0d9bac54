/**
 * Reading a 1-D code the way its bars are drawn: find where an image holds bars (at any angle),
 * find their exact angle, and average the grey levels along the bars into one clean profile.
 *
 * zxing reads a Code 128 along rows of pixels, within about ±6° of level; a photo turned by 25°
 * must be turned back first, and turning an image resamples it — bars of 1–1.5 px (a receipt
 * shrunk on a phone, a screenshot passed on at 75 %) do not survive that, nor JPEG's ringing.
 * Averaging along the bars instead uses every pixel of the code's height: the noise averages
 * out, and the profile is taken at a third of a pixel, so a narrow bar stays a bar.
 */

/** Where a 1-D code lies: its centre, the direction across its bars (radians), and its extent either way. */
export interface Bars {
  cx: number;
  cy: number;
  angle: number;
  /** Half-length across the bars and half-height along them, in px. */
  across: number;
  along: number;
}

const BLOCK = 12;

/** Grey levels of an image (the same weights as zxing's). */
export function greyOf(data: Uint8ClampedArray, width: number, height: number): Uint8Array {
  const grey = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < grey.length; i++, p += 4) grey[i] = (data[p]! + 2 * data[p + 1]! + data[p + 2]!) >> 2;
  return grey;
}

/**
 * The parts of the image where grey levels change in one direction only, strongly and densely:
 * gradients summed per block (a structure tensor); a block counts when it is coherent (over 0.75)
 * and at least a third of its pixels are edges — a paper's border or a table line is one edge,
 * text and QR codes change in every direction. Blocks of one angle that touch form one region;
 * the largest `max` regions are returned, largest first.
 */
export function findBars(grey: Uint8Array, w: number, h: number, max = 2): Bars[] {
  const bw = Math.floor(w / BLOCK);
  const bh = Math.floor(h / BLOCK);
  if (bw < 3 || bh < 2) return [];
  const n = bw * bh;
  const sxx = new Float64Array(n);
  const syy = new Float64Array(n);
  const sxy = new Float64Array(n);
  const active = new Uint16Array(n);
  for (let y = 1; y < bh * BLOCK - 1; y++) {
    const row = ((y / BLOCK) | 0) * bw;
    for (let x = 1; x < bw * BLOCK - 1; x++) {
      const i = y * w + x;
      const gx = grey[i + 1]! - grey[i - 1]!;
      const gy = grey[i + w]! - grey[i - w]!;
      const b = row + ((x / BLOCK) | 0);
      sxx[b]! += gx * gx;
      syy[b]! += gy * gy;
      sxy[b]! += gx * gy;
      if (gx * gx + gy * gy > 400) active[b]!++;
    }
  }
  const angle = new Float64Array(n).fill(NaN);
  for (let b = 0; b < n; b++) {
    const energy = sxx[b]! + syy[b]!;
    if (active[b]! < (BLOCK * BLOCK) / 3 || !energy) continue;
    if (Math.hypot(sxx[b]! - syy[b]!, 2 * sxy[b]!) / energy < 0.75) continue;
    angle[b] = 0.5 * Math.atan2(2 * sxy[b]!, sxx[b]! - syy[b]!);
  }
  // Regions: blocks whose directions differ by under 12° and that touch (8 neighbours).
  const seen = new Uint8Array(n);
  const regions: number[][] = [];
  const close = (a: number, b: number) => {
    const d = Math.abs(a - b) % Math.PI;
    return Math.min(d, Math.PI - d) < 0.21;
  };
  for (let start = 0; start < n; start++) {
    if (seen[start] || Number.isNaN(angle[start]!)) continue;
    const members = [start];
    seen[start] = 1;
    for (let k = 0; k < members.length; k++) {
      const b = members[k]!;
      const [bx, by] = [b % bw, (b / bw) | 0];
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const [x, y] = [bx + dx, by + dy];
          if (x < 0 || y < 0 || x >= bw || y >= bh) continue;
          const o = y * bw + x;
          if (!seen[o] && !Number.isNaN(angle[o]!) && close(angle[o]!, angle[b]!)) {
            seen[o] = 1;
            members.push(o);
          }
        }
      }
    }
    if (members.length >= 4) regions.push(members);
  }
  regions.sort((a, z) => z.length - a.length);
  return regions.slice(0, max).map((members) => {
    // The mean direction (doubled angles: 89° and −89° agree), then the members' extent either way.
    let [c, s] = [0, 0];
    for (const b of members) [c, s] = [c + Math.cos(2 * angle[b]!), s + Math.sin(2 * angle[b]!)];
    const theta = Math.atan2(s, c) / 2;
    const [ux, uy] = [Math.cos(theta), Math.sin(theta)];
    let [t0, t1, s0, s1] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const b of members) {
      const [x, y] = [((b % bw) + 0.5) * BLOCK, (((b / bw) | 0) + 0.5) * BLOCK];
      const [t, v] = [x * ux + y * uy, -x * uy + y * ux];
      [t0, t1, s0, s1] = [Math.min(t0, t), Math.max(t1, t), Math.min(s0, v), Math.max(s1, v)];
    }
    const [tc, vc] = [(t0 + t1) / 2, (s0 + s1) / 2];
    // Across the bars: two blocks more each way (the quiet zone and the end bars); along: the blocks' own extent.
    return {
      cx: tc * ux - vc * uy,
      cy: tc * uy + vc * ux,
      angle: theta,
      across: (t1 - t0) / 2 + 2 * BLOCK,
      along: (s1 - s0) / 2 + BLOCK / 2 - 1,
    };
  });
}

/** Steps of the profile per pixel: a third of a pixel, so 1 px bars become 3 samples wide. */
const STEPS = 3;

/**
 * Grey levels averaged along the bars (every `stride`-th line of pixels along them), `steps`
 * samples per pixel across them, each read between the four nearest pixels.
 */
function profile(grey: Uint8Array, w: number, h: number, bars: Bars, angle: number, steps: number, stride = 1): Float64Array {
  const [ux, uy] = [Math.cos(angle), Math.sin(angle)];
  const length = Math.ceil(2 * bars.across * steps) + 1;
  const sum = new Float64Array(length);
  const count = new Float64Array(length);
  for (let v = -bars.along; v <= bars.along; v += stride) {
    // The line through the centre at `v` along the bars, walked across them.
    const [ox, oy] = [bars.cx - v * uy - bars.across * ux, bars.cy + v * ux - bars.across * uy];
    for (let i = 0; i < length; i++) {
      const x = ox + (i / steps) * ux;
      const y = oy + (i / steps) * uy;
      if (x < 0 || y < 0 || x >= w - 1 || y >= h - 1) continue;
      const [x0, y0] = [x | 0, y | 0];
      const [fx, fy] = [x - x0, y - y0];
      const k = y0 * w + x0;
      const top = grey[k]! + (grey[k + 1]! - grey[k]!) * fx;
      const bottom = grey[k + w]! + (grey[k + w + 1]! - grey[k + w]!) * fx;
      sum[i]! += top + (bottom - top) * fy;
      count[i]!++;
    }
  }
  for (let i = 0; i < length; i++) sum[i] = count[i] ? sum[i]! / count[i]! : NaN;
  return sum;
}

/** How sharp a profile is: the sum of squared steps between neighbours (bars smeared by a wrong angle blur it). */
function sharpness(p: Float64Array): number {
  let total = 0;
  let last = NaN;
  for (const v of p) {
    if (!Number.isNaN(v)) {
      if (!Number.isNaN(last)) total += (v - last) ** 2;
      last = v;
    }
  }
  return total;
}

/** A 1-D image for zxing: `rows` identical rows of grey levels. */
export interface Row {
  width: number;
  height: number;
  luminance: Uint8ClampedArray;
}

const ROWS = 3;

function toRow(values: ArrayLike<number>): Row {
  const luminance = new Uint8ClampedArray(values.length * ROWS);
  for (let r = 0; r < ROWS; r++) luminance.set(values, r * values.length);
  return { width: values.length, height: ROWS, luminance };
}

/** Output px per profile sample when bars are redrawn from their edges. */
const EDGE_SCALE = 2;

/**
 * The bars redrawn crisp from their edges: where the profile falls or rises fastest (a blurred
 * narrow bar is grey in the middle, under any threshold, but its two edges still show). Edges
 * weaker than `share` of the profile's range are taken for noise; two edges of the same way in
 * a row keep the stronger.
 */
function fromEdges(p: Float64Array, share: number, range: number): Row | null {
  const edges: Array<{ at: number; strength: number }> = [];
  // Slopes over ±2 samples (⅔ px either side): steep enough at a blurred narrow bar, smooth enough for grain.
  const slope = (i: number) => p[i + 2]! - p[i - 2]!;
  for (let i = 3; i < p.length - 3; i++) {
    const [before, d, after] = [slope(i - 1), slope(i), slope(i + 1)];
    if (Math.abs(d) < share * range || Math.abs(d) < Math.abs(before) || Math.abs(d) <= Math.abs(after)) continue;
    // Sub-sample position of the steepest point (a parabola through the three slopes).
    const denominator = before - 2 * d + after;
    const offset = denominator ? Math.max(-0.5, Math.min(0.5, (0.5 * (before - after)) / denominator)) : 0;
    const edge = { at: i + offset, strength: d };
    const last = edges.at(-1);
    if (last && Math.sign(last.strength) === Math.sign(d)) {
      if (Math.abs(d) > Math.abs(last.strength)) edges[edges.length - 1] = edge;
    } else {
      edges.push(edge);
    }
  }
  // From the first fall (paper to the first bar) to the last rise (the last bar to paper).
  while (edges.length && edges[0]!.strength > 0) edges.shift();
  while (edges.length && edges.at(-1)!.strength < 0) edges.pop();
  if (edges.length < 20) return null;
  const out = new Uint8ClampedArray(p.length * EDGE_SCALE).fill(255);
  for (let k = 0; k + 1 < edges.length; k += 2) {
    const [from, to] = [Math.round(edges[k]!.at * EDGE_SCALE), Math.round(edges[k + 1]!.at * EDGE_SCALE)];
    out.fill(0, from, to);
  }
  return toRow(out);
}

/**
 * Black and white by the local envelope: the midpoint of the darkest and lightest samples within
 * ±3 px (a narrow space blurred to mid-grey is still lighter than the bars beside it); where
 * that window holds no contrast (inside a wide bar or space), the midpoint of the whole range.
 */
function envelope(p: Float64Array, lo: number, hi: number): Row {
  const reach = 3 * STEPS;
  const out = new Uint8ClampedArray(p.length);
  for (let i = 0; i < p.length; i++) {
    let [min, max] = [Infinity, -Infinity];
    for (let k = Math.max(0, i - reach); k <= Math.min(p.length - 1, i + reach); k++)
      [min, max] = [Math.min(min, p[k]!), Math.max(max, p[k]!)];
    const threshold = max - min > 0.25 * (hi - lo) ? (min + max) / 2 : (lo + hi) / 2;
    out[i] = p[i]! < threshold ? 0 : 255;
  }
  return toRow(out);
}

/**
 * The bars' exact angle, by the sharpest profile around the first estimate (±10°, ±1°, ±0.25°),
 * and images of that profile zxing reads: the grey levels stretched, then the bars redrawn from
 * their edges at three strengths.
 */
export function barsProfiles(grey: Uint8Array, w: number, h: number, bars: Bars): Row[] {
  let best = bars.angle;
  let bestSharpness = -1;
  const search = (from: number, to: number, step: number) => {
    const centre = best;
    for (let d = from; d <= to + 1e-9; d += step) {
      const a = centre + (d * Math.PI) / 180;
      const s = sharpness(profile(grey, w, h, bars, a, 2, 2));
      if (s > bestSharpness) [best, bestSharpness] = [a, s];
    }
  };
  search(-10, 10, 2);
  search(-1, 1, 0.5);
  search(-0.25, 0.25, 0.25);
  const p = profile(grey, w, h, bars, best, STEPS);
  // Gaps (where no pixel fell between two samples) filled from their neighbours.
  let last = -1;
  for (let i = 0; i < p.length; i++) {
    if (Number.isNaN(p[i]!)) continue;
    if (last >= 0 && i - last > 1) for (let k = last + 1; k < i; k++) p[k] = p[last]! + ((p[i]! - p[last]!) * (k - last)) / (i - last);
    last = i;
  }
  const values = [...p].filter((v) => !Number.isNaN(v)).sort((a, z) => a - z);
  if (values.length < 30) return [];
  const [lo, hi] = [values[Math.floor(values.length * 0.03)]!, values[Math.floor(values.length * 0.97)]!];
  if (hi - lo < 12) return [];
  for (let i = 0; i < p.length; i++) p[i] = Number.isNaN(p[i]!) ? hi : p[i]!;
  const rows = [toRow(Array.from(p, (v) => ((v - lo) * 255) / (hi - lo))), envelope(p, lo, hi)];
  for (const level of [0.5, 0.62, 0.38]) rows.push(toRow(Array.from(p, (v) => (v < lo + level * (hi - lo) ? 0 : 255))));
  // Out of focus: the profile sharpened (its second difference over a pixel taken away, once
  // and twice over), then cut at the middle — a narrow bar blurred to grey comes back.
  for (const k of [1, 2.5]) {
    const mid = (lo + hi) / 2;
    rows.push(toRow(Array.from(p, (v, i) => (v + k * (v - ((p[i - STEPS] ?? v) + (p[i + STEPS] ?? v)) / 2) < mid ? 0 : 255))));
  }
  for (const share of [0.12, 0.06, 0.25]) {
    const row = fromEdges(p, share, hi - lo);
    if (row) rows.push(row);
  }
  return rows;
}

/**
 * The angle of an image's square grid (a QR code's modules, a receipt's edges), in degrees
 * within ±45°: edge directions counted four times round (so 0°, 90°, 180° and 270° agree),
 * weighted by their strength. zxing finds a QR code at any angle only when its modules are
 * 2–3 px or more; a small one is read once turned square to the pixels.
 */
export function gridAngle(grey: Uint8Array, w: number, h: number): number {
  let [c, s] = [0, 0];
  for (let y = 1; y < h - 1; y += 2) {
    for (let x = 1; x < w - 1; x += 2) {
      const i = y * w + x;
      const gx = grey[i + 1]! - grey[i - 1]!;
      const gy = grey[i + w]! - grey[i - w]!;
      const m = gx * gx + gy * gy;
      if (m < 900) continue;
      const a = 4 * Math.atan2(gy, gx);
      c += m * Math.cos(a);
      s += m * Math.sin(a);
    }
  }
  return (Math.atan2(s, c) * 45) / Math.PI;
}

/** Grey levels sharpened (`k` times the difference from the 3 × 3 mean added): soft QR modules get their corners back. */
export function sharpened(grey: Uint8Array, w: number, h: number, k: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(grey.length);
  out.set(grey);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const mean =
        (grey[i - w - 1]! +
          grey[i - w]! +
          grey[i - w + 1]! +
          grey[i - 1]! +
          grey[i]! +
          grey[i + 1]! +
          grey[i + w - 1]! +
          grey[i + w]! +
          grey[i + w + 1]!) /
        9;
      out[i] = grey[i]! + k * (grey[i]! - mean);
    }
  }
  return out;
}
