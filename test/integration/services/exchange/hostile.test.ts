import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../electron/rpc/dispatch';
import { BUNDLE_REFUSAL_CODES, BundleRefusal, IMPORT_ONLY_REFUSALS, type BundleRefusalCode } from '../../../../shared/exchange/refusals';
import { databaseDigest } from '../../../support/services';
import { contentCases } from './hostile/content-cases';
import { createContext, type HostileContext } from './hostile/context';
import { structureCases } from './hostile/structure-cases';

let ctx: HostileContext & { close(): void };
beforeEach(async () => {
  ctx = await createContext();
});
afterEach(() => ctx.close());

const CASES = [...structureCases, ...contentCases];
const seen = new Set<BundleRefusalCode>();
let ran = 0;

describe('a hostile or broken bundle is refused with its own reason, and changes nothing', () => {
  it.each(CASES.map((hostile) => [hostile.name, hostile] as const))('%s', async (_name, hostile) => {
    const built = await hostile.build(ctx);
    const { file, by } = typeof built === 'string' ? { file: built, by: ctx.review } : built;
    const before = databaseDigest(by.services);
    const error = await by.services.exchange.verify(file).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(BundleRefusal);
    const refusal = error as BundleRefusal;
    expect({ reason: refusal.reason, message: refusal.message }).toEqual({ reason: hostile.reason, message: expect.stringMatching(hostile.says ?? /[\u4e00-\u9fff]/) });
    expect(refusal.code).toBe('bundleRefused');
    expect(databaseDigest(by.services)).toBe(before);
    seen.add(refusal.reason);
    ran += 1;
  });

  it('sends the reason across the contract boundary', async () => {
    const file = ctx.patch(await ctx.exportValid(), (bytes) => void (bytes[10] = bytes[10]! ^ 0x01));
    const envelope = await createDispatcher(ctx.review.services.handlers, () => undefined)('bundle.verify', { file });
    expect(envelope).toEqual({ ok: false, error: { code: 'bundleRefused', reason: 'zipStructure', message: expect.stringContaining('ZIP') } });
  });
});

afterAll(() => {
  // Every verification reason in shared/exchange/refusals.ts is produced by at least one case above (when all of them ran, not a filtered few);
  // the import's own reasons are covered in test/integration/services/filings.
  if (ran === CASES.length) expect([...BUNDLE_REFUSAL_CODES].filter((code) => !seen.has(code) && !IMPORT_ONLY_REFUSALS.includes(code))).toEqual([]);
});
