/**
 * Finds where JSON text stops being valid JSON. JSON.parse says *that* text is invalid, but not
 * every engine says *where* (V8 in Node 20 often gives only a snippet), so after a failed parse
 * this small recursive-descent scanner walks the text by the JSON grammar and returns the offset
 * of the first character it cannot accept, with a plain description.
 */
export interface JsonSyntaxError {
  offset: number;
  message: string;
}

export function findJsonError(text: string): JsonSyntaxError | null {
  let i = 0;
  class Stop {
    constructor(readonly error: JsonSyntaxError) {}
  }
  const fail = (message: string): never => {
    throw new Stop({ offset: i, message: i >= text.length ? 'unexpected end of the text' : message });
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const shown = () => (i < text.length ? JSON.stringify(text[i]) : 'the end');

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
    fail(`expected a value, found ${shown()}`);
  }
  function object(): void {
    i++;
    ws();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (text[i] !== '"') fail(`expected a property name in double quotes, found ${shown()}`);
      string();
      ws();
      if (text[i] !== ':') fail(`expected ":" after the property name, found ${shown()}`);
      i++;
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail(`expected "," or "}", found ${shown()}`);
    }
  }
  function array(): void {
    i++;
    ws();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail(`expected "," or "]", found ${shown()}`);
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
            fail('expected four hex digits after \\u');
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          fail(`invalid escape ${shown()}`);
        }
        continue;
      }
      if (c < ' ') fail('control character (e.g. a line break) inside a string');
      i++;
    }
    fail('unterminated string');
  }
  function number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail(`invalid number at ${shown()}`);
    i += match![0].length;
  }

  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected ${shown()} after the end of the JSON value`);
    return null;
  } catch (stop) {
    if (stop instanceof Stop) return stop.error;
    throw stop;
  }
}
