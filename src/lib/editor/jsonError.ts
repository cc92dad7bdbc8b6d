/**
 * Finds where JSON text stops being valid JSON. JSON.parse says *that* text is invalid, but not
 * every engine says *where* (V8 in Node 20 often gives only a snippet), so after a failed parse
 * this small recursive-descent scanner walks the text by the JSON grammar and returns the offset
 * of the first character it cannot accept, with what it expected there as a language-free code
 * (the editor words it from the dictionaries).
 */
export const JSON_PROBLEMS = [
  'end',
  'value',
  'propertyName',
  'colon',
  'commaOrBrace',
  'commaOrBracket',
  'hexEscape',
  'escape',
  'controlCharacter',
  'unterminatedString',
  'number',
  'trailing',
] as const;
export type JsonProblem = (typeof JSON_PROBLEMS)[number];

export interface JsonSyntaxError {
  offset: number;
  problem: JsonProblem;
  /** The offending character as JSON (e.g. `"}"`), or '' at the end of the text. */
  found: string;
}

export function findJsonError(text: string): JsonSyntaxError | null {
  let i = 0;
  class Stop {
    constructor(readonly error: JsonSyntaxError) {}
  }
  const fail = (problem: JsonProblem): never => {
    throw new Stop(i >= text.length ? { offset: i, problem: 'end', found: '' } : { offset: i, problem, found: JSON.stringify(text[i]) });
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };

  function value(): void {
    ws();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail('value');
  }
  function object(): void {
    list('}', member, 'commaOrBrace');
  }
  function array(): void {
    list(']', value, 'commaOrBracket');
  }
  function member(): void {
    ws();
    if (text[i] !== '"') fail('propertyName');
    string();
    ws();
    if (text[i] !== ':') fail('colon');
    i++;
    value();
  }
  /** The entries of an object or array, comma-separated, up to the closing bracket. */
  function list(close: '}' | ']', entry: () => void, problem: JsonProblem): void {
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      entry();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === close) {
        i++;
        return;
      }
      fail(problem);
    }
  }
  function string(): void {
    i++;
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            fail('hexEscape');
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          fail('escape');
        }
        continue;
      }
      if (c < ' ') fail('controlCharacter');
      i++;
    }
    fail('unterminatedString');
  }
  function number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail('number');
    i += match![0].length;
  }

  try {
    value();
    ws();
    if (i < text.length) fail('trailing');
    return null;
  } catch (stop) {
    if (stop instanceof Stop) return stop.error;
    throw stop;
  }
}
