import { AppError } from '../../../shared/contract/errors';
import { toBeijingIso } from '../../../shared/domain/time';
import { PAYLOAD_TYPE_LABELS, type PayloadType } from '../../../shared/exchange/manifest';
import type { PayloadOf } from '../../../shared/exchange/payloads';
import type { ServiceContext } from '../context';
import type { ExchangeService } from '../exchange';
import { readHistoryHead } from '../history-chain';
import type { WrittenBundle } from '../exchange/bundle-writer';
import type { ExchangeFoldersService } from './folders';

export interface UnacknowledgedBundle {
  digest: string;
  senderCode: string;
  senderName: string;
  sequence: number;
  payloadType: PayloadType;
  acceptedAt: string;
}

interface ReceivedRow {
  digest: string;
  bundle_id: string;
  sender_code: string;
  sequence: number;
  payload_type: PayloadType;
  accepted_at: string;
}

/**
 * Signed receipts: for each bundle this office accepted (but never for a
 * receipt), an acknowledgement back to its sender, so the sender knows the
 * filing or decision arrived and was taken in.
 */
export function createAcknowledgements(ctx: ServiceContext, exchange: ExchangeService, folders: ExchangeFoldersService) {
  const { sqlite } = ctx.handle;
  const pending = sqlite.prepare(
    `SELECT r.digest, r.bundle_id, r.sender_code, r.sequence, r.payload_type, r.accepted_at FROM exchange_received r
     LEFT JOIN exchange_acknowledgements a ON a.received_digest = r.digest
     WHERE a.received_digest IS NULL AND r.payload_type <> 'acknowledgement' ORDER BY r.seq`,
  );
  const received = sqlite.prepare('SELECT digest, bundle_id, sender_code, sequence, payload_type, accepted_at FROM exchange_received WHERE digest = ?');
  const sent = sqlite.prepare('SELECT 1 FROM exchange_acknowledgements WHERE received_digest = ?');
  const insert = sqlite.prepare('INSERT OR IGNORE INTO exchange_acknowledgements (received_digest, ack_digest, sent_at) VALUES (?, ?, ?)');
  const nameOf = (code: string) => exchange.trust.list().find((key) => key.officeCode === code)?.officeName ?? code;

  return {
    pending(): UnacknowledgedBundle[] {
      return (pending.all() as ReceivedRow[]).map((row) => ({
        digest: row.digest, senderCode: row.sender_code, senderName: nameOf(row.sender_code), sequence: row.sequence,
        payloadType: row.payload_type, acceptedAt: row.accepted_at,
      }));
    },

    async send(digest: string, passphrase: string, file?: string): Promise<{ file: string; digest: string }> {
      const row = received.get(digest) as ReceivedRow | undefined;
      if (!row) throw new AppError('notFound', '本单位没有接收过该数据包，无法发送回执。');
      if (row.payload_type === 'acknowledgement') throw new AppError('refused', '回执本身不再发送回执。');
      // One at a time per link: a second receipt for the same bundle waits, then finds the first recorded.
      return exchange.onLink(row.sender_code, () => sendFor(row, passphrase, file));
    },
  };

  async function sendFor(row: ReceivedRow, passphrase: string, file?: string): Promise<{ file: string; digest: string }> {
    const digest = row.digest;
    const already = () => new AppError('conflict', `已为该${PAYLOAD_TYPE_LABELS[row.payload_type]}数据包发送过回执。`);
    if (sent.get(digest)) throw already();
    const at = toBeijingIso(ctx.clock.now());
    const payload: PayloadOf<'acknowledgement'> = {
      acknowledges: { senderCode: row.sender_code, sequence: row.sequence, digest: row.digest, bundleId: row.bundle_id },
      status: 'accepted', at, historyHead: readHistoryHead(sqlite),
    };
    const target = file ?? ((sequence: number) => folders.outboxFile(`回执-${row.sender_code}-收第${row.sequence}号`, sequence));
    const record = (written: WrittenBundle) => {
      if (insert.run(row.digest, written.digest, at).changes !== 1) throw already();
    };
    const written = await exchange.exportBundle({ file: target, recipientCode: row.sender_code, payloadType: 'acknowledgement', payload, signer: { passphrase }, record });
    return { file: written.file, digest: written.digest };
  }
}
