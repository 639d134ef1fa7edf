import { stat } from 'node:fs/promises';
import type { BackupInfo } from '../../../db/backup';
import type { OfficeRole } from '../../../shared/domain/office';
import { PAYLOAD_TYPE_LABELS, type BundleManifest, type PayloadType } from '../../../shared/exchange/manifest';
import { refuse } from '../../../shared/exchange/refusals';
import type { ServiceContext } from '../context';
import type { ExchangeService } from '../exchange';
import type { BundleCopy } from '../exchange/verify';
import type { JobControl } from '../jobs';
import type { OfficeService } from '../office';
import type { AttachmentStore } from './attachment-store';
import type { createReceivers, Received } from './receive';

/** What each role accepts: units file and receive decisions; the review office receives filings. */
const ACCEPTS: Record<OfficeRole, readonly PayloadType[]> = {
  unit: ['reviewDecision', 'policyUpdate', 'acknowledgement'],
  reviewOffice: ['filing', 'acknowledgement'],
};

export interface ImportResult extends Received {
  file: string;
  digest: string;
  payloadType: PayloadType;
  sender: { officeCode: string; officeName: string };
  sequence: number;
  /** The backup taken before writing, to return to if the import was a mistake. */
  backup: string;
  /** Bundles on the link that never arrived, if any. */
  gap: { from: number; to: number } | null;
}

export interface ImportDeps {
  ctx: ServiceContext;
  office: OfficeService;
  exchange: ExchangeService;
  store: AttachmentStore;
  receivers: ReturnType<typeof createReceivers>;
  backup: () => Promise<BackupInfo>;
  applyPolicy: (manifest: BundleManifest, digest: string, payload: never) => Received;
}

/**
 * Imports a bundle: verifies everything (signature, key, recipient,
 * sequence, times, names, sizes, every SM3) while copying the bundle into the
 * data folder in the same pass (its attachments are read from that copy),
 * takes a backup, then writes the content and records the
 * bundle as accepted in ONE transaction. A refusal at any point leaves the
 * database as it was; a bundle seen before is reported as already imported.
 */
export function createImporter(deps: ImportDeps) {
  const { sqlite } = deps.ctx.handle;

  /** `passphrase` unlocks the private key an encrypted bundle was encrypted to. */
  return async function importBundle(file: string, control?: JobControl, passphrase?: string): Promise<ImportResult> {
    const me = deps.office.requireOffice();
    control?.progress(0, 1, '正在验证签名和每个条目的摘要');
    const incoming = deps.store.receiving();
    try {
      // Progress by bytes read (and copied) against the file's size.
      const total = (await stat(file).catch(() => null))?.size ?? 0;
      let copied = 0;
      const MB = 1024 * 1024;
      const copy: BundleCopy = {
        finish: (entries, bytes) => incoming.copy.finish(entries, bytes),
        async write(chunk, position) {
          await incoming.copy.write(chunk, position);
          copied += chunk.length;
          control?.progress(Math.min(copied, total), total, `正在验证并复制数据包：${Math.round(copied / MB)} / ${Math.round(total / MB)} MB`);
        },
      };
      const verified = await deps.exchange.verify(file, copy, { passphrase });
      const { manifest, digest } = verified;
      if (!ACCEPTS[me.role].includes(manifest.payloadType)) {
        refuse('notForThisOffice', `本机是${me.role === 'unit' ? '项目建设单位' : '审查部门'}，不接收“${PAYLOAD_TYPE_LABELS[manifest.payloadType]}”类数据包，已拒绝。`);
      }
      // A bundle that arrives late (filling a gap) is taken where its content says when: filings and decisions carry
      // versions and states the receivers check. A policy update does not: an older one would undo a newer one.
      const lastOnLink = deps.exchange.links.lastAccepted(manifest.sender.officeCode, me.code);
      if (manifest.payloadType === 'policyUpdate' && manifest.sequence < lastOnLink) {
        refuse('contentConflict', `这个政策参数更新是 ${manifest.sender.officeCode} 的第 ${manifest.sequence} 号数据包，晚于已导入的第 ${lastOnLink} 号才到达：较新的参数已经生效，旧的更新不再导入。`);
      }
      control?.throwIfCancelled();
      control?.progress(total, total, '正在备份数据库');
      const backup = await deps.backup();
      control?.throwIfCancelled();
      await incoming.place(digest, verified.contentKey);
      control?.progress(total, total, '正在写入数据库');
      const received = sqlite.transaction((): Received => {
        // Checked again inside the transaction: another import of the same bundle may have finished meanwhile.
        deps.exchange.links.checkIncoming(manifest, digest);
        const payload = verified.payload!; // the content was required above
        let result: Received;
        switch (payload.type) {
          case 'filing':
            result = deps.receivers.filing(me, manifest, digest, payload.payload);
            break;
          case 'reviewDecision':
            result = deps.receivers.reviewDecision(me, manifest, digest, payload.payload);
            break;
          case 'acknowledgement':
            result = deps.receivers.acknowledgement(me, manifest, digest, payload.payload);
            break;
          case 'policyUpdate':
            result = deps.applyPolicy(manifest, digest, payload.payload as never);
            break;
        }
        deps.exchange.recordAccepted(manifest, digest);
        return result;
      })();
      control?.progress(total, total, '导入完成');
      return {
        ...received, file, digest, payloadType: manifest.payloadType, sequence: manifest.sequence,
        sender: { officeCode: manifest.sender.officeCode, officeName: verified.sender.officeName }, backup: backup.file, gap: verified.gap,
      };
    } finally {
      await incoming.discard();
    }
  };
}
