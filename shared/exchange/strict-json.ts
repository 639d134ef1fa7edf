/**
 * The strict reading of a bundle's signed JSON (manifest.json, payload.json).
 *
 * - Duplicate keys are refused. JSON.parse keeps the last of two equal keys,
 *   another reader may keep the first, so one signed text could mean two
 *   things; I-JSON (RFC 7493 §2.3) forbids them. Keys are compared decoded
 *   (`"a"` and `"\u0061"` are the same key).
 * - Nesting depth, string, array and object sizes are bounded before anything
 *   recurses over the value (zod, JSON.stringify, the history chain): a bundle
 *   that verifies must also import.
 * - Only RFC 8259 JSON: no comments, trailing commas, NaN or single quotes.
 *
 * Hand-written, one iterative pass, because no maintained library fits:
 * JSON.parse cannot see duplicates; jsonc-parser, the well-kept tokenizer,
 * reads JSON-with-comments by default and descends recursively, so the very
 * nesting refused here would exhaust its stack; the duplicate-key checkers on
 * npm are unmaintained. Once this pass accepts the text, JSON.parse builds the
 * value (the same grammar, so the same result).
 */
export interface JsonBounds {
  /** Open objects and arrays, the outermost counting 1. */
  maxDepth: number;
  /** Characters of one string (or key) as written, escapes included. */
  maxStringLength: number;
  maxArrayLength: number;
  maxObjectMembers: number;
}

export type JsonProblemKind = 'syntax' | 'duplicateKey' | 'tooDeep' | 'tooLong';
export interface JsonProblem {
  kind: JsonProblemKind;
  /** Where, as `projects.0.history` ('' for the top). */
  path: string;
  /** In Chinese, without the file's name: the caller says which file. */
  message: string;
}
export type StrictJsonResult = { ok: true; value: unknown } | { ok: false; problem: JsonProblem };

interface Frame {
  object: boolean;
  /** Members or items so far. */
  count: number;
  /** The key whose value is being read (objects only). */
  key: string;
  keys: Set<string> | null;
}

class Refused extends Error {
  constructor(readonly kind: JsonProblemKind, readonly why: string) {
    super(why);
  }
}

const ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]); // " \ / b f n r t
const isHex = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

function pathOf(stack: readonly Frame[]): string {
  return stack.map((frame) => (frame.object ? frame.key : String(frame.count - 1))).join('.');
}

export function readStrictJson(text: string, bounds: JsonBounds): StrictJsonResult {
  const stack: Frame[] = [];
  let at = 0;
  const n = text.length;
  const fail = (kind: JsonProblemKind, why: string): never => {
    throw new Refused(kind, why);
  };
  const where = () => `第 ${at + 1} 个字符处`;
  const skipSpace = () => {
    for (let c = text.charCodeAt(at); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(at)) at += 1;
  };
  /** Reads the string starting at `at` (a quote); returns its raw text with the quotes. */
  const readString = (): string => {
    const start = at;
    at += 1;
    for (;;) {
      if (at >= n) fail('syntax', `字符串没有结束（从第 ${start + 1} 个字符起）`);
      const c = text.charCodeAt(at);
      if (c === 0x22) break;
      if (c < 0x20) fail('syntax', `${where()}字符串中有未转义的控制字符`);
      if (c === 0x5c) {
        const next = text.charCodeAt(at + 1);
        if (next === 0x75) {
          for (let k = 2; k < 6; k++) if (!isHex(text.charCodeAt(at + k))) fail('syntax', `${where()}的 \\u 转义不是四位十六进制数`);
          at += 6;
        } else if (ESCAPES.has(next)) at += 2;
        else fail('syntax', `${where()}有无效的转义符`);
      } else at += 1;
      if (at - start - 1 > bounds.maxStringLength) fail('tooLong', `字符串超过 ${bounds.maxStringLength} 个字符`);
    }
    at += 1;
    return text.slice(start, at);
  };
  const readNumber = () => {
    const start = at;
    if (text.charCodeAt(at) === 0x2d) at += 1;
    if (text.charCodeAt(at) === 0x30) at += 1;
    else if (isDigit(text.charCodeAt(at))) while (isDigit(text.charCodeAt(at))) at += 1;
    else fail('syntax', `${where()}不是有效的数字`);
    if (text.charCodeAt(at) === 0x2e) {
      at += 1;
      if (!isDigit(text.charCodeAt(at))) fail('syntax', `${where()}小数点后缺少数字`);
      while (isDigit(text.charCodeAt(at))) at += 1;
    }
    if ((text.charCodeAt(at) | 0x20) === 0x65) {
      at += 1;
      if (text.charCodeAt(at) === 0x2b || text.charCodeAt(at) === 0x2d) at += 1;
      if (!isDigit(text.charCodeAt(at))) fail('syntax', `${where()}指数缺少数字`);
      while (isDigit(text.charCodeAt(at))) at += 1;
    }
    if (at - start > 64) fail('tooLong', '数字超过 64 个字符');
  };
  const open = (object: boolean) => {
    if (stack.length >= bounds.maxDepth) fail('tooDeep', `嵌套超过 ${bounds.maxDepth} 层`);
    stack.push({ object, count: 0, key: '', keys: object ? new Set() : null });
    at += 1;
  };

  try {
    // expect: 'value' (a value must follow), 'firstItem' (after '['), 'key' (after ',' in an object), 'firstKey' (after '{'), 'after' (a value ended).
    let expect: 'value' | 'firstItem' | 'key' | 'firstKey' | 'after' = 'value';
    for (;;) {
      skipSpace();
      const c = text.charCodeAt(at);
      const top = stack[stack.length - 1];
      if (expect === 'value' || expect === 'firstItem') {
        if (expect === 'firstItem' && c === 0x5d) {
          stack.pop();
          at += 1;
          expect = 'after';
          continue;
        }
        if (top && !top.object) {
          top.count += 1;
          if (top.count > bounds.maxArrayLength) fail('tooLong', `数组超过 ${bounds.maxArrayLength} 项`);
        }
        if (c === 0x7b) {
          open(true);
          expect = 'firstKey';
          continue;
        }
        if (c === 0x5b) {
          open(false);
          expect = 'firstItem';
          continue;
        }
        if (c === 0x22) readString();
        else if (c === 0x2d || isDigit(c)) readNumber();
        else if (text.startsWith('true', at)) at += 4;
        else if (text.startsWith('false', at)) at += 5;
        else if (text.startsWith('null', at)) at += 4;
        else fail('syntax', at >= n ? '内容意外结束' : `${where()}应为一个值`);
        expect = 'after';
        continue;
      }
      if (expect === 'key' || expect === 'firstKey') {
        const frame = top!;
        if (expect === 'firstKey' && c === 0x7d) {
          stack.pop();
          at += 1;
          expect = 'after';
          continue;
        }
        if (c !== 0x22) fail('syntax', at >= n ? '内容意外结束' : `${where()}应为带引号的键名`);
        const raw = readString();
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        frame.key = key;
        frame.count += 1;
        if (frame.count > bounds.maxObjectMembers) fail('tooLong', `对象超过 ${bounds.maxObjectMembers} 个键`);
        if (frame.keys!.has(key)) fail('duplicateKey', `键 ${JSON.stringify(key)} 出现了两次（不同的程序会取不同的值）`);
        frame.keys!.add(key);
        skipSpace();
        if (text.charCodeAt(at) !== 0x3a) fail('syntax', `${where()}键名后应为冒号`);
        at += 1;
        expect = 'value';
        continue;
      }
      // after a value
      if (!top) {
        if (at < n) fail('syntax', `${where()}在完整的 JSON 之后还有内容`);
        return { ok: true, value: JSON.parse(text) as unknown };
      }
      if (c === 0x2c) {
        at += 1;
        expect = top.object ? 'key' : 'value';
      } else if (c === (top.object ? 0x7d : 0x5d)) {
        stack.pop();
        at += 1;
      } else fail('syntax', at >= n ? '内容意外结束' : `${where()}应为逗号或${top.object ? '“}”' : '“]”'}`);
    }
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    return { ok: false, problem: { kind: error.kind, path: pathOf(stack), message: error.why } };
  }
}

/**
 * Checks a value already in memory against bounds, iteratively (the value may
 * be anything a schema calls `unknown`). Returns the first problem, or null.
 */
export function jsonValueProblem(value: unknown, bounds: JsonBounds): string | null {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: item, depth } = pending.pop()!;
    if (typeof item === 'string') {
      if (item.length > bounds.maxStringLength) return `字符串超过 ${bounds.maxStringLength} 个字符`;
    } else if (Array.isArray(item)) {
      if (depth + 1 > bounds.maxDepth) return `嵌套超过 ${bounds.maxDepth} 层`;
      if (item.length > bounds.maxArrayLength) return `数组超过 ${bounds.maxArrayLength} 项`;
      for (const child of item) pending.push({ value: child, depth: depth + 1 });
    } else if (item !== null && typeof item === 'object') {
      if (depth + 1 > bounds.maxDepth) return `嵌套超过 ${bounds.maxDepth} 层`;
      const entries = Object.entries(item);
      if (entries.length > bounds.maxObjectMembers) return `对象超过 ${bounds.maxObjectMembers} 个键`;
      for (const [key, child] of entries) {
        if (key.length > bounds.maxStringLength) return `键名超过 ${bounds.maxStringLength} 个字符`;
        pending.push({ value: child, depth: depth + 1 });
      }
    }
  }
  return null;
}
