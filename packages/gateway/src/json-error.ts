/**
 * Where a JSON text breaks, as a person finds it in an editor: line and column (1-based), the
 * line itself and a caret. `JSON.parse` says a character position at best, and for some
 * mistakes (`[1,]`, `tru`) only a snippet, so the place is found by reading the text here.
 */

/** The index of the first character that makes `text` not JSON (its length when it ends too soon), or -1 when it is JSON. */
export function jsonErrorIndex(text: string): number {
  let i = 0;
  const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++;
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c < ' ') fail();
      if (c === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[\da-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
    }
    fail();
  };
  const list = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      space();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') fail();
      i++;
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      return list('}', () => {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
      });
    }
    if (c === '[') return list(']', value);
    if (c === '"') return string();
    LITERAL.lastIndex = i;
    if (!LITERAL.exec(text)) fail();
    i = LITERAL.lastIndex;
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return -1;
  } catch (at) {
    if (typeof at !== 'number') throw at;
    return at;
  }
}

/**
 * Why `text` is not JSON, with the place: `line 3, column 19: Unexpected token ']'` and the
 * line with a caret under the column. `error` is what `JSON.parse` threw; its own position
 * is left out.
 */
export function describeJsonError(text: string, error: unknown): string {
  const index = jsonErrorIndex(text);
  let reason = String((error as Error)?.message ?? error).replace(/ (in JSON )?at position \d+( \(line \d+ column \d+\))?$/, '');
  if (index < 0) return reason;
  // V8 quotes a snippet around an unexpected token, newlines and all: name the character instead.
  if (/^Unexpected token/.test(reason)) {
    const c = text[index];
    reason =
      c === undefined
        ? 'Unexpected end of the file'
        : c === '\uFEFF'
          ? 'Unexpected byte-order mark (save the file as UTF-8 without BOM)'
          : `Unexpected ${JSON.stringify(c)}`;
  }
  const before = text.slice(0, index).split(/\r\n|\r|\n/);
  const line = before.length;
  const column = before.at(-1)!.length + 1;
  const shown = (text.split(/\r\n|\r|\n/)[line - 1] ?? '').replace(/\t/g, ' ');
  const cut = Math.max(0, column - 60);
  return `line ${line}, column ${column}: ${reason}\n    ${shown.slice(cut, cut + 100)}\n    ${' '.repeat(column - 1 - cut)}^`;
}
