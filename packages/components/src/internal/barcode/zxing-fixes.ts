/**
 * A fix to @zxing/library 0.23's Code 128 reader, applied when the decoder loads.
 *
 * Its `findStartPattern` shifts the run-length window with `counters.slice(2)`, which shrinks
 * the array to four entries; after the first miss it can never match the six-run start pattern.
 * So a Code 128 is read only when the first dark pixel of a scan line is its start bar: any
 * receipt text, table edge or shadow left of the code hides it. This is the upstream Java
 * algorithm (System.arraycopy within the same six counters).
 */
import { Code128Reader, NotFoundException, OneDReader, type BitArray } from '@zxing/library';

interface Code128Statics {
  findStartPattern(row: BitArray): Int32Array;
  CODE_PATTERNS: Int32Array[];
  MAX_AVG_VARIANCE: number;
  MAX_INDIVIDUAL_VARIANCE: number;
  CODE_START_A: number;
  CODE_START_C: number;
}
const reader = Code128Reader as unknown as Code128Statics;
const variance = (OneDReader as unknown as { patternMatchVariance(c: Int32Array, p: Int32Array, max: number): number })
  .patternMatchVariance;

/** Installs the fix (a function, not a bare side-effect import, so bundlers cannot drop it). */
export function fixCode128StartPattern(): void {
  reader.findStartPattern = findStartPattern;
}

function findStartPattern(row: BitArray): Int32Array {
  const width = row.getSize();
  const rowOffset = row.getNextSet(0);
  const counters = new Int32Array(6);
  let counterPosition = 0;
  let patternStart = rowOffset;
  let isWhite = false;
  for (let i = rowOffset; i < width; i++) {
    if (row.get(i) !== isWhite) {
      counters[counterPosition]!++;
      continue;
    }
    if (counterPosition === 5) {
      let bestVariance = reader.MAX_AVG_VARIANCE;
      let bestMatch = -1;
      for (let startCode = reader.CODE_START_A; startCode <= reader.CODE_START_C; startCode++) {
        const v = variance(counters, reader.CODE_PATTERNS[startCode]!, reader.MAX_INDIVIDUAL_VARIANCE);
        if (v < bestVariance) {
          bestVariance = v;
          bestMatch = startCode;
        }
      }
      // Quiet zone before the start pattern: at least half its width.
      if (bestMatch >= 0 && row.isRange(Math.max(0, patternStart - (i - patternStart) / 2), patternStart, false)) {
        return Int32Array.from([patternStart, i, bestMatch]);
      }
      patternStart += counters[0]! + counters[1]!;
      counters.copyWithin(0, 2, 6);
      counters[4] = 0;
      counters[5] = 0;
      counterPosition--;
    } else {
      counterPosition++;
    }
    counters[counterPosition] = 1;
    isWhite = !isWhite;
  }
  throw new NotFoundException();
}
