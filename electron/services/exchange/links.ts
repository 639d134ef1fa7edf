import type Database from 'better-sqlite3';
import { GENESIS_DIGEST, type BundleManifest } from '../../../shared/exchange/manifest';
import { refuse } from '../../../shared/exchange/refusals';

/** Bundles missing between the last accepted and this one (lost on the way): reported, not refused. */
export interface SequenceGap {
  from: number;
  to: number;
}

interface LinkRow {
  last_sequence: number;
  last_digest: string;
}

/**
 * Sequence numbers per sender → recipient link. Outgoing: the next number and
 * the previous bundle's digest. Incoming: a bundle seen before is "already
 * imported"; an old or reused number is a replay or rollback; the next number
 * must chain to the previous digest. Gaps (a bundle lost on the way) are
 * allowed and reported, so one lost USB stick does not block a link forever.
 */
export function createLinkState(sqlite: Database.Database) {
  const link = sqlite.prepare('SELECT last_sequence, last_digest FROM exchange_links WHERE sender_code = ? AND recipient_code = ?');
  const upsert = sqlite.prepare(
    `INSERT INTO exchange_links (sender_code, recipient_code, last_sequence, last_digest, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(sender_code, recipient_code) DO UPDATE SET last_sequence = excluded.last_sequence, last_digest = excluded.last_digest, updated_at = excluded.updated_at`,
  );
  const received = sqlite.prepare('SELECT accepted_at, sequence FROM exchange_received WHERE digest = ?');
  const insertReceived = sqlite.prepare(
    'INSERT INTO exchange_received (digest, bundle_id, sender_code, recipient_code, sequence, payload_type, accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const lastOf = (sender: string, recipient: string) => link.get(sender, recipient) as LinkRow | undefined;

  return {
    /** The sequence and previous digest for the next bundle this office sends on the link. */
    nextOutgoing(sender: string, recipient: string): { sequence: number; previousDigest: string } {
      const last = lastOf(sender, recipient);
      return { sequence: (last?.last_sequence ?? 0) + 1, previousDigest: last?.last_digest ?? GENESIS_DIGEST };
    },

    /** Records a bundle written; false if another export took the number meanwhile. Call in a transaction. */
    recordSent(sender: string, recipient: string, sequence: number, digest: string, at: string): boolean {
      if ((lastOf(sender, recipient)?.last_sequence ?? 0) !== sequence - 1) return false;
      upsert.run(sender, recipient, sequence, digest, at);
      return true;
    },

    /** Refuses a replayed, reused, rolled-back or unchained bundle; returns the gap, if any. */
    checkIncoming(manifest: BundleManifest, digest: string): SequenceGap | null {
      const sender = manifest.sender.officeCode;
      const seen = received.get(digest) as { accepted_at: string; sequence: number } | undefined;
      if (seen) refuse('alreadyImported', `该数据包（${sender} 发来的第 ${seen.sequence} 号）已于 ${seen.accepted_at} 导入，不再重复导入。`);
      const last = lastOf(sender, manifest.recipient.officeCode);
      const lastSequence = last?.last_sequence ?? 0;
      const { sequence } = manifest;
      if (sequence === lastSequence) {
        refuse('sequenceReused', `${sender} 的第 ${sequence} 号数据包已经接收过，而这个数据包内容不同却使用了同一序号：可能是伪造或重放，也可能是对方从备份恢复后重复编号。已拒绝，请与对方核实。`);
      }
      if (sequence < lastSequence) {
        refuse('sequenceRolledBack', `该数据包序号为 ${sequence}，早于已接收的 ${sender} 第 ${lastSequence} 号数据包：是过时的数据包或重放，已拒绝。`);
      }
      if (sequence === lastSequence + 1 && manifest.previousDigest !== (last?.last_digest ?? GENESIS_DIGEST)) {
        refuse('chainBroken', `该数据包（第 ${sequence} 号）声明的上一个数据包摘要与本单位接收的第 ${lastSequence} 号不一致：两边的往来记录出现分叉，已拒绝，请与 ${sender} 核实。`);
      }
      return sequence > lastSequence + 1 ? { from: lastSequence + 1, to: sequence - 1 } : null;
    },

    /** Records an accepted bundle. The import calls this in the same transaction that writes its content. */
    recordAccepted(manifest: BundleManifest, digest: string, at: string): void {
      insertReceived.run(digest, manifest.bundleId, manifest.sender.officeCode, manifest.recipient.officeCode, manifest.sequence, manifest.payloadType, at);
      upsert.run(manifest.sender.officeCode, manifest.recipient.officeCode, manifest.sequence, digest, at);
    },
  };
}

export type LinkState = ReturnType<typeof createLinkState>;
