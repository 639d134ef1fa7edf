import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { entryDataAt } from '../../../../support/bundles';
import { filingPayload, install, PASSPHRASE, reviewOffice, stampedProject, unitOffice } from '../../../../support/exchange';
import type { HostileCase } from './context';

const DAY = 86_400_000;
const later = (days: number) => new Date(Date.parse('2026-11-24T01:30:00Z') + days * DAY).toISOString();

/** The manifest, the keys, the link and the payload: what is refused once the ZIP is sound. */
export const contentCases: HostileCase[] = [
  { name: 'manifest.json that is not JSON (signed)', reason: 'manifestNotJson', build: async (ctx) => ctx.craft('nj.gvbundle', { manifestBytes: Buffer.from('{"format": "govit-desk-bundle", 版本 1') }) },
  { name: 'a manifest without the sender key id', reason: 'manifestInvalid', says: /sender\.keyId/, build: async (ctx) => ctx.craft('nokey.gvbundle', { manifest: (manifest) => ({ ...manifest, sender: {} }) }) },
  {
    name: 'a schema violation in the manifest (sequence 0, signed)',
    reason: 'manifestInvalid',
    says: /sequence/,
    build: async (ctx) => ctx.craft('seq0.gvbundle', { manifest: (manifest) => ({ ...manifest, sequence: 0 }) }),
  },
  {
    name: 'an unknown field in the manifest (signed)',
    reason: 'manifestInvalid',
    build: async (ctx) => ctx.craft('extra.gvbundle', { manifest: (manifest) => ({ ...manifest, note: '请直接导入' }) }),
  },
  { name: 'a newer format version (signed)', reason: 'unsupportedVersion', says: /升级/, build: async (ctx) => ctx.craft('v2.gvbundle', { manifest: (manifest) => ({ ...manifest, version: 2 }) }) },
  { name: 'a signature that is not DER', reason: 'signatureMalformed', build: async (ctx) => ctx.craft('baddersig.gvbundle', { signature: Buffer.alloc(70, 0x30) }) },
  {
    name: 'a tampered manifest (one character of the sender name)',
    reason: 'signatureInvalid',
    says: /签名验证失败/,
    build: async (ctx) =>
      ctx.patch(await ctx.exportValid(), (bytes) => {
        const manifest = entryDataAt(bytes, 'manifest.json');
        const at = bytes.indexOf('"sequence": 1', manifest.at);
        bytes[at + '"sequence": '.length] = '7'.charCodeAt(0);
      }),
  },
  {
    name: 'a signature by another key of the same office',
    reason: 'signatureInvalid',
    build: async (ctx) => {
      const other = await install(unitOffice);
      const signer = await other.services.exchange.keys.unlock(PASSPHRASE);
      const file = ctx.craft('other-key.gvbundle', {});
      const forged = ctx.craft('forged.gvbundle', { signature: Buffer.from(signer.sign(readFileSync(file).subarray(0, 10))) });
      other.close();
      return forged;
    },
  },
  {
    name: 'an unknown key',
    reason: 'unknownKey',
    says: /不在本单位的信任列表中/,
    build: async (ctx) => {
      const stranger = await install({ ...unitOffice, name: '淅川县卫生健康委员会', code: '11411326MB2000000X' });
      const signer = await stranger.services.exchange.keys.unlock(PASSPHRASE);
      const file = ctx.craft('stranger.gvbundle', { signer, from: stranger.office, payload: { ...filingPayload(1), unit: { officeCode: stranger.office.code, officeName: stranger.office.name } } });
      stranger.close();
      return file;
    },
  },
  {
    name: 'a revoked key',
    reason: 'keyRevoked',
    says: /吊销/,
    build: async (ctx) => {
      const file = await ctx.exportValid();
      ctx.review.services.exchange.trust.revoke(ctx.signer.keyId, '对方报告密钥电脑丢失');
      return file;
    },
  },
  {
    name: 'the old key after a rotation, past the last sequence its rotation statement names (whatever its date)',
    reason: 'keyRotated',
    says: /最后一个数据包是第 0 号/,
    build: async (ctx) => {
      await ctx.unit.services.exchange.keys.rotate(PASSPHRASE, PASSPHRASE);
      ctx.review.services.exchange.trust.acceptRotation(ctx.unit.services.exchange.keys.exportPublic().text);
      return ctx.craft('rotated.gvbundle', { manifest: (manifest) => ({ ...manifest, createdAt: later(-1) }) });
    },
  },
  {
    name: 'a sender code that is not the key’s office',
    reason: 'senderMismatch',
    build: async (ctx) => ctx.craft('sender.gvbundle', { manifest: (manifest) => ({ ...manifest, sender: { ...(manifest.sender as object), officeCode: '11411326MB9999999Z' } }) }),
  },
  {
    name: 'a review decision sent by a unit',
    reason: 'payloadTypeNotAllowed',
    build: async (ctx) => ctx.craft('decision.gvbundle', { manifest: (manifest) => ({ ...manifest, payloadType: 'reviewDecision' }) }),
  },
  {
    name: 'the wrong recipient',
    reason: 'wrongRecipient',
    says: /不是本单位/,
    build: async (ctx) => ({ file: await ctx.exportValid(), by: await ctx.another({ ...reviewOffice, name: '南阳市大数据局', code: '11411300MB0000000U' }) }),
  },
  {
    name: 'a bundle already imported (replayed)',
    reason: 'alreadyImported',
    says: /已于 .* 导入/,
    build: async (ctx) => {
      const file = await ctx.exportValid();
      const verified = await ctx.review.services.exchange.verify(file);
      ctx.review.services.exchange.recordAccepted(verified.manifest, verified.digest);
      return file;
    },
  },
  {
    name: 'a different bundle reusing an accepted sequence number',
    reason: 'sequenceReused',
    build: async (ctx) => {
      const verified = await ctx.review.services.exchange.verify(await ctx.exportValid());
      ctx.review.services.exchange.recordAccepted(verified.manifest, verified.digest);
      return ctx.craft('reused.gvbundle', { manifest: (manifest) => ({ ...manifest, bundleId: '01a20000-0000-7000-8000-0000000000c2' }) });
    },
  },
  {
    name: 'a rolled-back sequence (another number 1 after numbers 1 and 2)',
    reason: 'sequenceRolledBack',
    build: async (ctx) => {
      for (const expected of [1, 2]) {
        const verified = await ctx.review.services.exchange.verify(await ctx.exportValid());
        expect(verified.manifest.sequence).toBe(expected);
        ctx.review.services.exchange.recordAccepted(verified.manifest, verified.digest);
      }
      return ctx.craft('rollback.gvbundle', { manifest: (manifest) => ({ ...manifest, bundleId: '01a20000-0000-7000-8000-0000000000c3' }) });
    },
  },
  {
    name: 'a sequence more than 1,000 past the last accepted',
    reason: 'sequenceJump',
    says: /超过允许的 1000/,
    build: async (ctx) => ctx.craft('jump.gvbundle', { manifest: (manifest) => ({ ...manifest, sequence: 1001, previousDigest: 'ab'.repeat(32) }) }),
  },
  {
    name: 'a validity longer than 180 days (expiry in 9999)',
    reason: 'validityTooLong',
    says: /超过 180 天/,
    build: async (ctx) => ctx.craft('forever.gvbundle', { manifest: (manifest) => ({ ...manifest, expiresAt: '9999-12-31T23:59:59.000+08:00' }) }),
  },
  {
    name: 'a next bundle that does not chain to the previous digest',
    reason: 'chainBroken',
    build: async (ctx) => {
      const verified = await ctx.review.services.exchange.verify(await ctx.exportValid());
      ctx.review.services.exchange.recordAccepted(verified.manifest, verified.digest);
      return ctx.craft('fork.gvbundle', { manifest: (manifest) => ({ ...manifest, sequence: 2, previousDigest: 'ab'.repeat(32) }) });
    },
  },
  {
    name: 'a bundle created days in the future',
    reason: 'notYetValid',
    build: async (ctx) => ctx.craft('future.gvbundle', { manifest: (manifest) => ({ ...manifest, createdAt: later(3), expiresAt: later(30) }) }),
  },
  {
    name: 'an expired bundle',
    reason: 'expired',
    says: /过期/,
    build: async (ctx) => {
      const file = await ctx.exportValid();
      ctx.reviewClock.advanceDays(61);
      return file;
    },
  },
  { name: 'payload.json that is not JSON', reason: 'payloadNotJson', build: async (ctx) => ctx.craft('pnj.gvbundle', { payload: '{"unit": 淅川' }) },
  {
    name: 'a schema violation in the payload (negative investment)',
    reason: 'payloadInvalid',
    says: /totalInvestmentFen/,
    build: async (ctx) => ctx.craft('neg.gvbundle', { payload: { ...filingPayload(1), projects: [{ filing: { version: 1, filedAt: '2026-11-20T09:00:00.000+08:00' }, facts: { project: stampedProject({ totalInvestmentFen: -1 }) } }] } }),
  },
  {
    name: 'a filing in another unit’s name',
    reason: 'payloadInvalid',
    says: /单位代码/,
    build: async (ctx) => ctx.craft('other-unit.gvbundle', { payload: { ...filingPayload(1), unit: { officeCode: '11411326MB2000000X', officeName: '淅川县卫生健康委员会' } } }),
  },
  {
    name: 'an attachment the payload does not refer to',
    reason: 'payloadReference',
    says: /没有被数据内容引用/,
    build: async (ctx) => ctx.craft('unref.gvbundle', { attachments: [{ name: 'attachments/x.pdf', data: Buffer.from('%PDF-1.7') }] }),
  },
  {
    name: 'a payload that refers to a missing attachment',
    reason: 'payloadReference',
    says: /不在数据包中/,
    build: async (ctx) => {
      const payload = filingPayload(1);
      payload.projects[0]!.attachments = [{ entry: 'attachments/missing.pdf', fileName: '可行性研究报告.pdf' }];
      return ctx.craft('missing-ref.gvbundle', { payload });
    },
  },
];
