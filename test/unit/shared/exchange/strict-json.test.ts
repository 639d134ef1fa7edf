import { describe, expect, it } from 'vitest';
import { jsonValueProblem, readStrictJson, type JsonBounds } from '../../../../shared/exchange/strict-json';

const BOUNDS: JsonBounds = { maxDepth: 5, maxStringLength: 20, maxArrayLength: 4, maxObjectMembers: 3 };
const read = (text: string, bounds = BOUNDS) => readStrictJson(text, bounds);
const problem = (text: string, bounds = BOUNDS) => {
  const result = read(text, bounds);
  if (result.ok) throw new Error(`accepted ${text}`);
  return result.problem;
};

describe('the strict JSON reading', () => {
  it('reads what JSON.parse reads, to the same value', () => {
    for (const text of ['{}', '[]', ' 0 ', '-0.5e+3', '"a\\u0062\\n\\"\\/"', 'true', 'null', '{"a":[1,{"b":false}],"c":"中文"}', '\t[\r\n1 ,2]\n']) {
      expect(read(text)).toEqual({ ok: true, value: JSON.parse(text) });
    }
  });

  it('refuses what is not RFC 8259 JSON, as JSON.parse does', () => {
    for (const text of ['', '{', '[1,]', '{"a":1,}', '01', '1.', '.5', '-', '1e', "'a'", 'NaN', '{a:1}', '"\u0001"', '"\\x41"', '"\\u00g0"', 'tru', '[1] 2', '{"a" 1}', '/* c */ 1', '"open']) {
      expect(problem(text).kind, text).toBe('syntax');
      expect(() => JSON.parse(text), text).toThrow();
    }
  });

  it('refuses a duplicate key, compared decoded, and names where', () => {
    expect(problem('{"a":1,"b":{"c":1,"c":2}}')).toMatchObject({ kind: 'duplicateKey', path: 'b.c', message: expect.stringContaining('"c"') });
    expect(problem('{"seq":1,"\\u0073eq":2}')).toMatchObject({ kind: 'duplicateKey', path: 'seq' });
    // The same key in two different objects is fine.
    expect(read('[{"a":1},{"a":2}]').ok).toBe(true);
  });

  it('bounds depth, strings, arrays and objects, naming the path', () => {
    expect(read('[[[[[]]]]]').ok).toBe(true);
    expect(problem('[[[[[[]]]]]]')).toMatchObject({ kind: 'tooDeep', path: '0.0.0.0.0' });
    expect(problem('{"a":"123456789012345678901"}')).toMatchObject({ kind: 'tooLong', path: 'a' });
    expect(problem('[1,2,3,4,5]')).toMatchObject({ kind: 'tooLong', message: expect.stringContaining('4 项') });
    expect(problem('{"a":1,"b":2,"c":3,"d":4}')).toMatchObject({ kind: 'tooLong', path: 'd' });
    expect(problem(`1${'0'.repeat(64)}`).kind).toBe('tooLong');
  });

  it('refuses 100,000 nested arrays without exhausting the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(problem(deep, { ...BOUNDS, maxDepth: 64 })).toMatchObject({ kind: 'tooDeep' });
  });

  it('bounds a value already in memory the same way, without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(jsonValueProblem(deep, BOUNDS)).toContain('嵌套超过 5 层');
    expect(jsonValueProblem({ a: [1, 2, { b: 'x'.repeat(21) }] }, BOUNDS)).toContain('字符串超过 20');
    expect(jsonValueProblem({ a: [1, 2, { b: 'ok' }] }, BOUNDS)).toBeNull();
  });
});
