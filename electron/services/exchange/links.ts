import type Database from 'better-sqlite3';
import { MAX_SEQUENCE_JUMP } from '../../../shared/exchange/link-rules';
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

interface ReceivedRow {
  digest: string;
  previous_digest: string | null;
}

/**
 * Sequence numbers per sender → recipient link. Outgoing: the next number and
 * the previous bundle's digest. Incoming: a bundle seen before is "already
 * imported"; a number already taken is a replay or rollback; a number more than
 * MAX_SEQUENCE_JUMP past the last is refused. Gaps (a bundle lost on the way)
 * are allowed and reported, so one lost USB stick does not block a link; the
 * missing bundle is taken when it arrives, if it chains: it names the digest of
 * the bundle before it and the one after it names its digest, wherever those
 * are known.
 */
export function createLinkState(sqlite: Database.Database) {
  const link = sqlite.prepare('SELECT last_sequence, last_digest FROM exchange_links WHERE sender_code = ? AND recipient_code = ?');
  // Never moves a link back: a late bundle (filling a gap) is recorded as received, the link keeps its last.
  const upsert = sqlite.prepare(
    `INSERT INTO exchange_links (sender_code, recipient_code, last_sequence, last_digest, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(sender_code, recipient_code) DO UPDATE SET last_sequence = excluded.last_sequence, last_digest = excluded.last_digest, updated_at = excluded.updated_at
     WHERE excluded.last_sequence > exchange_links.last_sequence`,
  );
  const received = sqlite.prepare('SELECT accepted_at, sequence FROM exchange_received WHERE digest = ?');
  const receivedAt = sqlite.prepare('SELECT digest, previous_digest FROM exchange_received WHERE sender_code = ? AND recipient_code = ? AND sequence = ?');
  const insertReceived = sqlite.prepare(
    'INSERT INTO exchange_received (digest, bundle_id, sender_code, recipient_code, sequence, payload_type, accepted_at, previous_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const lastOf = (sender: string, recipient: string) => link.get(sender, recipient) as LinkRow | undefined;

  /** A bundle below the last accepted, in a gap: it must fit between its neighbours wherever they arrived. */
  function checkLate(manifest: BundleManifest, digest: string, lastSequence: number): void {
    const sender = manifest.sender.officeCode;
    const recipient = manifest.recipient.officeCode;
    const { sequence } = manifest;
    if (receivedAt.get(sender, recipient, sequence)) {
      refuse('sequenceRolledBack', `该数据包序号为 ${sequence}，${sender} 的第 ${sequence} 号数据包已经接收过（最近接收到第 ${lastSequence} 号），这个内容不同：是过时的数据包或重放，已拒绝。`);
    }
    const before = sequence === 1 ? { digest: GENESIS_DIGEST } : (receivedAt.get(sender, recipient, sequence - 1) as ReceivedRow | undefined);
    if (before && manifest.previousDigest !== before.digest) {
      refuse('chainBroken', `该数据包（第 ${sequence} 号，补到缺失的位置）声明的上一个数据包摘要与本单位接收的第 ${sequence - 1} 号不一致：不是当时缺失的那个数据包，已拒绝，请与 ${sender} 核实。`);
    }
    const after = receivedAt.get(sender, recipient, sequence + 1) as ReceivedRow | undefined;
    if (after?.previous_digest && after.previous_digest !== digest) {
      refuse('chainBroken', `已接收的第 ${sequence + 1} 号数据包所衔接的第 ${sequence} 号不是这个数据包（摘要不符）：不是当时缺失的那个数据包，已拒绝，请与 ${sender} 核实。`);
    }
  }

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

    /** The last sequence accepted on a link (0 before the first). */
    lastAccepted(sender: string, recipient: string): number {
      return lastOf(sender, recipient)?.last_sequence ?? 0;
    },

    /** Refuses a replayed, reused, rolled-back, jumping or unchained bundle; returns the gap it opens, if any. */
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
        checkLate(manifest, digest, lastSequence);
        return null;
      }
      if (sequence > lastSequence + MAX_SEQUENCE_JUMP) {
        refuse('sequenceJump', `该数据包序号为 ${sequence}，比已接收的 ${sender} 第 ${lastSequence} 号多出 ${sequence - lastSequence}，超过允许的 ${MAX_SEQUENCE_JUMP}：不是正常遗失几个数据包，可能是伪造，已拒绝，请与对方核实。`);
      }
      if (sequence === lastSequence + 1 && manifest.previousDigest !== (last?.last_digest ?? GENESIS_DIGEST)) {
        refuse('chainBroken', `该数据包（第 ${sequence} 号）声明的上一个数据包摘要与本单位接收的第 ${lastSequence} 号不一致：两边的往来记录出现分叉，已拒绝，请与 ${sender} 核实。`);
      }
      return sequence > lastSequence + 1 ? { from: lastSequence + 1, to: sequence - 1 } : null;
    },

    /** Records an accepted bundle. The import calls this in the same transaction that writes its content. */
    recordAccepted(manifest: BundleManifest, digest: string, at: string): void {
      insertReceived.run(digest, manifest.bundleId, manifest.sender.officeCode, manifest.recipient.officeCode, manifest.sequence, manifest.payloadType, at, manifest.previousDigest);
      upsert.run(manifest.sender.officeCode, manifest.recipient.officeCode, manifest.sequence, digest, at);
    },
  };
}

export type LinkState = ReturnType<typeof createLinkState>;
