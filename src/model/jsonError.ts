/**
 * Where and why a text is not JSON, found by our own scan so the message is the same in every engine
 * (V8, for one, often names the token but not its position). Called only after `JSON.parse` has thrown,
 * so its speed matters little; it is iterative, so deeply nested input cannot overflow the stack.
 */
export interface JsonErrorLocation {
  line: number;
  column: number;
  reason: string;
}

/**
 * Finds the first syntax error, or null when the text is valid JSON.
 * @example locateJsonError('{\n "a": ,}') // { line: 2, column: 7, reason: 'unexpected ","…' }
 */
export function locateJsonError(text: string): JsonErrorLocation | null {
  const found = scan(text);
  if (!found) return null;
  const { line, column } = lineAndColumn(text, found.pos);
  return { line, column, reason: found.reason };
}

interface Found {
  pos: number;
  reason: string;
}

const WS = new Set([' ', '\t', '\n', '\r']);

function scan(text: string): Found | null {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  const ws = () => {
    while (i < text.length && WS.has(text[i])) i++;
  };
  const fail = (reason: string): Found => ({ pos: i, reason });
  const unexpected = (where: string): Found =>
    i >= text.length ? fail(`the file ends ${where}`) : fail(`unexpected ${show(text[i])} ${where}`);

  /** A property name and its colon; returns an error or null. */
  const key = (): Found | null => {
    ws();
    if (text[i] !== '"') return unexpected('where a property name in double quotes should be');
    const bad = string();
    if (bad) return bad;
    ws();
    if (text[i] !== ':') return unexpected('where ":" should follow the property name');
    i++;
    return null;
  };

  const string = (): Found | null => {
    i++; // opening quote
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return null;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail('a "\\u" escape needs four hexadecimal digits');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail(`unknown escape "\\${e ?? ''}" in a string`);
        continue;
      }
      if (c < ' ') return fail(`${show(c)} inside a string (write it as an escape)`);
      i++;
    }
    return fail('the file ends inside a string (a closing quote is missing)');
  };

  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  for (;;) {
    // A value is expected at i.
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      ws();
      if (text[i] === (c === '{' ? '}' : ']')) {
        stack.pop();
        i++;
      } else {
        if (c === '{') {
          const bad = key();
          if (bad) return bad;
        }
        continue;
      }
    } else if (c === '"') {
      const bad = string();
      if (bad) return bad;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m || m[0] === '-') return unexpected('where a number should be');
      i += m[0].length;
    } else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (!word) return unexpected('where a value should be');
      i += word.length;
    }
    // After a value: close containers or expect a comma.
    for (;;) {
      ws();
      const top = stack[stack.length - 1];
      if (!top) return i < text.length ? fail(`unexpected ${show(text[i])} after the end of the JSON value`) : null;
      const close = top === '{' ? '}' : ']';
      if (text[i] === close) {
        stack.pop();
        i++;
        continue;
      }
      if (text[i] === ',') {
        i++;
        if (top === '{') {
          const bad = key();
          if (bad) return bad;
        }
        break;
      }
      return unexpected(`where "," or "${close}" should be`);
    }
  }
}

function show(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20 || code === 0x7f || code === 0xfeff) return `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${c}"`;
}

function lineAndColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < pos; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: pos - lineStart + 1 };
}
