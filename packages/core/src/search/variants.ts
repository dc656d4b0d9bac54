/**
 * Words that make a title a variant of a base procedure (renewal, re-issue, amendment,
 * mobile registration…), each with the words by which a citizen asks for it ("mất" — lost —
 * asks for a re-issue). Unless a query asks for a variant, the base procedure ranks first:
 * "giấy phép xây dựng" means a new permit before its renewal. Terms are folded.
 */
export interface Variant {
  marker: string[];
  /** The marker between spaces, to find in a folded name. */
  needle: string;
  cues: string[][];
}

export const VARIANTS: readonly Variant[] = [
  ['gia han', 'het han'],
  ['dieu chinh'],
  ['cap lai', 'mat', 'hong', 'rach', 'nat', 'chay', 'gay'],
  ['cap doi', 'doi', 'het han', 'rach', 'nat', 'cu'],
  ['doi chung nhan', 'doi', 'cap doi'],
  ['rut yeu cau', 'rut'],
  ['dinh chinh', 'sai'],
  ['thu hoi'],
  ['cham dut', 'dong cua', 'nghi'],
  ['tam ngung', 'nghi'],
  ['dang ki lai'],
  ['luu dong', 'tai nha'],
  ['thay doi', 'doi'],
  ['sua doi'],
  ['xoa', 'cat'],
  ['huy'],
  ['thoi'],
  ['giai the'],
  ['lien thong'],
  // Issue 29: the near-duplicates of a province's catalogue. "Nước ngoài" only when the
  // query speaks of a foreigner (the lexicon turns countries and "việt kiều" into it).
  ['nuoc ngoai'],
  ['khu vuc bien gioi', 'bien gioi'],
  ['ket hop'],
  ['da co ho so', 'qua han', 'nguoi lon', 'chua tung'],
  ['trinh bao mat', 'mat'],
  ['khoi phuc'],
  ['tam thoi'],
  ['dung thuc hien', 'dung'],
  ['hieu dinh'],
  ['quoc te'],
  ['quan su', 'quan doi'],
  ['cong an nhan dan', 'cong an'],
].map(([marker, ...cues]) => ({ marker: marker!.split(' '), needle: ` ${marker} `, cues: cues.map((c) => c.split(' ')) }));

/** Whether the words hold the phrase, side by side (plain loops: called for every variant and cue, in each query). */
export function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  // Never read past the words' end: compiled code would be thrown away for it.
  for (let k = 0; k < words.length && k + phrase.length <= words.length; k++) {
    let j = 0;
    while (j < phrase.length && words[k + j] === phrase[j]) j++;
    if (j === phrase.length) return true;
  }
  return false;
}

// Every marker at once, found where a word starts (one pass over the name, not one per marker).
const MARKERS = new RegExp(` (?=(${VARIANTS.map((v) => v.marker.join(' ')).join('|')}) )`, 'g');
const BY_MARKER = new Map(VARIANTS.map((v) => [v.marker.join(' '), v]));

/** The variants a title is, from its folded words between spaces (" dang ki lai khai sinh "). */
export function variantsOf(foldedName: string): Variant[] {
  const found: Variant[] = [];
  for (const m of foldedName.matchAll(MARKERS)) {
    const v = BY_MARKER.get(m[1]!)!;
    if (!found.includes(v)) found.push(v);
  }
  // A marker inside a longer one ("xoa" in "xoa dang ki"… ) is found at its own word start too;
  // the order of VARIANTS is kept for the callers that compare lists.
  return VARIANTS.filter((v) => found.includes(v));
}

/** Whether the query's words ask for this variant, by name or by a cue. */
export function asksFor(variant: Variant, queryWords: readonly string[]): boolean {
  return containsPhrase(queryWords, variant.marker) || variant.cues.some((c) => containsPhrase(queryWords, c));
}
