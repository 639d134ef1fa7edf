import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Signer } from '../electron/services/exchange/keys';
import { GENESIS_DIGEST } from '../shared/exchange/manifest';
import { BundleRefusal, IMPORT_ONLY_REFUSALS, type BundleRefusalCode } from '../shared/exchange/refusals';
import { craftBundle } from '../test/support/bundles';
import { filingPayload, type OfficeInstall } from '../test/support/exchange';
import { databaseDigest } from '../test/support/services';

/**
 * The exchange fuzzer, shared by the seeded slice in the test suite
 * (test/integration/services/exchange/fuzz.test.ts) and the ≥ 10,000-bundle
 * run of the benchmark (`npm run bench -- fuzz`). Seeded, so any failure is
 * reproducible from its seed and case number.
 *
 * - Byte mutations of a genuine bundle: none may verify (every byte is signed
 *   or checked structure), each must be a BundleRefusal, the database unchanged.
 * - Signed JSON mutations: a genuine key signs a payload mutated as JSON
 *   (deep nesting, long texts, huge arrays, duplicate keys, odd numbers and
 *   strings, missing and extra keys). Some are still valid; every one that
 *   verifies must also import.
 */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

type Random = () => number;
const int = (random: Random, below: number) => Math.floor(random() * below);
const randomBytes = (random: Random, length: number) => Buffer.from(Array.from({ length }, () => int(random, 256)));

function weighted<T>(table: readonly (readonly [string, number, T])[], random: Random): [string, T] {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [name, weight, value] of table) if ((roll -= weight) < 0) return [name, value];
  return [table[0]![0], table[0]![2]];
}

type ByteMutation = (bytes: Buffer, random: Random) => Buffer;
const BYTE_MUTATIONS: readonly (readonly [string, number, ByteMutation])[] = [
  ['flip one bit', 35, (bytes, random) => {
    const copy = Buffer.from(bytes);
    const at = int(random, copy.length);
    copy[at] = copy[at]! ^ (1 << int(random, 8));
    return copy;
  }],
  ['overwrite 1–4 bytes', 15, (bytes, random) => {
    const copy = Buffer.from(bytes);
    randomBytes(random, 1 + int(random, 4)).copy(copy, int(random, copy.length - 4));
    return copy;
  }],
  ['change a byte in the ZIP directory or end record', 15, (bytes, random) => {
    const copy = Buffer.from(bytes);
    const at = copy.length - 1 - int(random, Math.min(600, copy.length));
    copy[at] = (copy[at]! + 1 + int(random, 255)) & 0xff;
    return copy;
  }],
  ['truncate', 8, (bytes, random) => bytes.subarray(0, int(random, bytes.length))],
  ['insert 1–16 bytes', 8, (bytes, random) => {
    const at = int(random, bytes.length + 1);
    return Buffer.concat([bytes.subarray(0, at), randomBytes(random, 1 + int(random, 16)), bytes.subarray(at)]);
  }],
  ['delete 1–16 bytes', 8, (bytes, random) => {
    const at = int(random, bytes.length - 16);
    return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1 + int(random, 16))]);
  }],
  ['duplicate a range', 5, (bytes, random) => {
    const at = int(random, bytes.length - 64);
    return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at, at + 1 + int(random, 64)), bytes.subarray(at)]);
  }],
  ['swap two 8-byte ranges', 6, (bytes, random) => {
    const copy = Buffer.from(bytes);
    const a = int(random, copy.length - 8);
    const b = int(random, copy.length - 8);
    const first = Buffer.from(copy.subarray(a, a + 8));
    copy.copy(copy, a, b, b + 8);
    first.copy(copy, b);
    return copy;
  }],
];

export interface FuzzTally {
  cases: number;
  /** Verified (and, for signed cases, imported). */
  accepted: string[];
  /** Anything thrown that is not a BundleRefusal: always a bug. */
  crashed: string[];
  reasons: Map<BundleRefusalCode, number>;
}

const tally = (): FuzzTally => ({ cases: 0, accepted: [], crashed: [], reasons: new Map() });
const count = (into: FuzzTally, reason: BundleRefusalCode) => into.reasons.set(reason, (into.reasons.get(reason) ?? 0) + 1);

/** Byte mutations of `original`, verified by `by`. The caller compares the database before and after. */
export async function fuzzBytes(by: OfficeInstall, original: Buffer, options: { cases: number; seed: number }): Promise<FuzzTally> {
  const file = join(by.dir, 'mutated.gvbundle');
  const random = prng(options.seed);
  const result = tally();
  // Exactly `cases` bundles that differ from the original (a mutation can give the same bytes back: not counted).
  for (let i = 0; result.cases < options.cases && i < options.cases * 2; i++) {
    const [name, mutate] = weighted(BYTE_MUTATIONS, random);
    const mutated = mutate(original, random);
    if (mutated.equals(original)) continue;
    result.cases += 1;
    writeFileSync(file, mutated);
    try {
      await by.services.exchange.verify(file);
      result.accepted.push(`case ${i}: ${name}`);
    } catch (error) {
      if (error instanceof BundleRefusal) count(result, error.reason);
      else result.crashed.push(`case ${i} (${name}): ${String(error)}`);
    }
  }
  return result;
}

/** A JSON value built as text: `raw` lets a mutation place text JSON.stringify would not write (duplicate keys, 10,000 levels). */
class Raw {
  constructor(readonly text: string) {}
}

function serialise(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Raw) {
      raws.push(item.text);
      return `\u0000raw${raws.length - 1}\u0000`;
    }
    return item;
  });
  return text.replace(/"\\u0000raw(\d+)\\u0000"/g, (_match, index: string) => raws[Number(index)]!);
}

type Container = Record<string, unknown> | unknown[];
/** Every object and array in the value, with the key or index of each child: the places a mutation can hit. */
function places(root: Container): { parent: Container; key: string | number }[] {
  const found: { parent: Container; key: string | number }[] = [];
  const pending: Container[] = [root];
  while (pending.length > 0) {
    const parent = pending.pop()!;
    const keys: (string | number)[] = Array.isArray(parent) ? parent.map((_, index) => index) : Object.keys(parent);
    for (const key of keys) {
      found.push({ parent, key });
      const child = (parent as Record<string | number, unknown>)[key];
      if (child !== null && typeof child === 'object' && !(child instanceof Raw)) pending.push(child as Container);
    }
  }
  return found;
}

const nestedText = (depth: number) => `${'['.repeat(depth)}0${']'.repeat(depth)}`;
const ODD_STRINGS = ['', ' ', '\u0000', '\ud800', '\u202e反向', 'a'.repeat(300), '../../etc/passwd', '2026-02-30', '9999-12-31T23:59:59Z', '💥'.repeat(50), '<script>', 'null'];
const ODD_NUMBERS = [0, -1, 1, 0.5, -0.0, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, 123456789012345];

type Replacement = (random: Random, old: unknown) => unknown;
/** What a value can be replaced with. Mild ones often stay valid (then the bundle must import); hostile ones must be refused. */
const REPLACEMENTS: readonly (readonly [string, number, Replacement])[] = [
  ['a short text', 14, (random) => `测试${int(random, 100_000)}`],
  ['a small number', 10, (random) => int(random, 10)],
  ['an odd text', 10, (random) => ODD_STRINGS[int(random, ODD_STRINGS.length)]],
  ['an odd number', 8, (random) => ODD_NUMBERS[int(random, ODD_NUMBERS.length)]],
  ['null, a boolean, {} or []', 8, (random) => [null, true, false, {}, []][int(random, 5)]],
  ['deep nesting', 8, (random) => new Raw(nestedText(1 + int(random, [8, 40, 200, 12_000][int(random, 4)]!)))],
  ['a long text', 6, (random) => 'x'.repeat([120, 6_000, 20_000, 70_000][int(random, 4)]!)],
  ['a long array', 5, (random) => Array.from({ length: [50, 2_000, 12_000][int(random, 3)]! }, (_, index) => index)],
  ['the value nested once', 5, (_random, old) => [old]],
  ['a huge number literal', 3, () => new Raw(`1${'0'.repeat(400)}`)],
];

type JsonMutation = (root: Container, random: Random) => void;
const JSON_MUTATIONS: readonly (readonly [string, number, JsonMutation])[] = [
  ['replace a value', 60, (root, random) => {
    const all = places(root);
    const { parent, key } = all[int(random, all.length)]!;
    const [, replace] = weighted(REPLACEMENTS, random);
    (parent as Record<string | number, unknown>)[key] = replace(random, (parent as Record<string | number, unknown>)[key]);
  }],
  ['remove a key or item', 10, (root, random) => {
    const all = places(root);
    const { parent, key } = all[int(random, all.length)]!;
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key as string];
  }],
  ['add an unknown key', 8, (root, random) => {
    const objects = places(root).map(({ parent }) => parent).filter((parent) => !Array.isArray(parent));
    const target = (objects[int(random, objects.length)] ?? root) as Record<string, unknown>;
    target[`extra${int(random, 10)}`] = '多余';
  }],
  ['repeat a key', 10, (root, random) => {
    const objects = places(root).map(({ parent }) => parent).filter((parent): parent is Record<string, unknown> => !Array.isArray(parent) && Object.keys(parent).length > 0);
    const target = objects[int(random, objects.length)];
    if (!target) return;
    const keys = Object.keys(target);
    const key = keys[int(random, keys.length)]!;
    // One key whose value carries the repeated key with it: {"k": v, "k": w}.
    const value = target[key];
    delete target[key];
    target[key] = new Raw(`${serialise(value)},${JSON.stringify(random() < 0.5 ? key : key.replace(/^./, (first) => `\\u${first.charCodeAt(0).toString(16).padStart(4, '0')}`))}:${serialise(random() < 0.5 ? value : '另一个值')}`);
  }],
  ['duplicate an array item', 6, (root, random) => {
    const arrays = places(root).map(({ parent }) => parent).filter((parent): parent is unknown[] => Array.isArray(parent) && parent.length > 0);
    const target = arrays[int(random, arrays.length)];
    if (target) target.push(structuredClone(target[int(random, target.length)]));
  }],
];

/** A filing of one or two projects with a history entry, so every part of the payload is there to be hit. */
function seedPayload(random: Random): Container {
  const payload = filingPayload(1 + int(random, 2));
  for (const project of payload.projects) {
    project.history = [{
      seq: 1, at: '2026-11-20T09:00:00.000+08:00', actor: '张三', entityType: 'project', entityId: project.facts.project.id, action: 'update',
      changes: [{ field: 'name', before: '旧名称', after: project.facts.project.name }, { field: 'events', after: [{ kind: 'contractSigned', date: '2026-05-01' }] }],
    }];
    project.facts = { ...project.facts, events: [{ kind: 'declarationSubmitted', date: '2026-03-01' }], materials: [{ code: 'declarationForm', date: '2026-04-01' }] } as typeof project.facts;
  }
  return JSON.parse(JSON.stringify(payload)) as Container;
}

export interface SignedFuzzTally extends FuzzTally {
  /** Verified, then refused by the import for a reason only the import gives (its database unchanged): what verifies should import. */
  importRefused: string[];
  /** Refused at verification, or by the import with an import-only reason, but the database changed. */
  changedOnRefusal: string[];
}

/**
 * Signed JSON mutations from `from` to `to`, each on the next sequence of the
 * link (so a valid one is importable): verified, and when verified, imported.
 * `to`'s database must not change on a refusal.
 */
export async function fuzzSignedPayloads(from: OfficeInstall, to: OfficeInstall, signer: Signer, options: { cases: number; seed: number }): Promise<SignedFuzzTally> {
  const file = join(from.dir, 'signed-mutation.gvbundle');
  const random = prng(options.seed);
  const result: SignedFuzzTally = { ...tally(), importRefused: [], changedOnRefusal: [] };
  let sequence = 1;
  let previousDigest = GENESIS_DIGEST;
  for (let i = 0; i < options.cases; i++) {
    const payload = seedPayload(random);
    const names: string[] = [];
    for (let k = 1 + int(random, 3); k > 0; k--) {
      const [name, mutate] = weighted(JSON_MUTATIONS, random);
      mutate(payload, random);
      names.push(name);
    }
    const label = `case ${i}: ${names.join(', ')}`;
    craftBundle(file, { from: from.office, to: to.office, signer, payload: serialise(payload), manifest: (manifest) => ({ ...manifest, bundleId: randomUUID(), sequence, previousDigest }) });
    result.cases += 1;
    const before = databaseDigest(to.services);
    const refused = (reason: BundleRefusalCode) => {
      count(result, reason);
      if (databaseDigest(to.services) !== before) result.changedOnRefusal.push(`${label}: ${reason}`);
    };
    let digest: string;
    try {
      digest = (await to.services.exchange.verify(file)).digest;
    } catch (error) {
      if (error instanceof BundleRefusal) refused(error.reason);
      else result.crashed.push(`${label} at verify: ${String(error)}`);
      continue;
    }
    try {
      await to.services.filings.importBundle(file);
      result.accepted.push(label);
      sequence += 1;
      previousDigest = digest;
    } catch (error) {
      if (error instanceof BundleRefusal && IMPORT_ONLY_REFUSALS.includes(error.reason)) {
        result.importRefused.push(`${label}: ${error.message}`);
        refused(error.reason);
      } else result.crashed.push(`${label} verified, then the import failed: ${String(error)}`);
    }
  }
  return result;
}
