import { AppError } from '../../../shared/contract/errors';
import { creditCodeProblem } from '../../../shared/domain/credit-code';
import type { OfficeRole } from '../../../shared/domain/office';
import { normalizeFingerprint } from '../../../shared/exchange/fingerprint';
import { toBeijingIso } from '../../../shared/domain/time';
import type { ServiceContext } from '../context';
import { createHistoryWriter } from '../history-chain';
import type { OfficeService } from '../office';
import { parseLastSequences, parsePublicKeyFile, rotationStatement, type PublicKeyFile } from './key-file';
import type { KeyStatus } from './keys';
import { parseDerSignature, verifySm2 } from './sm2';

export interface TrustedKey {
  keyId: string;
  fingerprint: string;
  officeCode: string;
  officeName: string;
  role: OfficeRole;
  publicKeyHex: string;
  addedAt: string;
  status: KeyStatus;
  statusAt: string | null;
  statusReason: string | null;
  previousKeyId: string | null;
  /** Rotated or revoked: bundles by this key are accepted only up to this sequence on the link. */
  validThroughSequence: number | null;
}

interface TrustRow {
  key_id: string;
  fingerprint: string;
  office_code: string;
  office_name: string;
  role: OfficeRole;
  public_key: string;
  added_at: string;
  status: KeyStatus;
  status_at: string | null;
  status_reason: string | null;
  previous_key_id: string | null;
  valid_through_sequence: number | null;
}

const trusted = (row: TrustRow): TrustedKey => ({
  keyId: row.key_id,
  fingerprint: row.fingerprint,
  officeCode: row.office_code,
  officeName: row.office_name,
  role: row.role,
  publicKeyHex: row.public_key,
  addedAt: row.added_at,
  status: row.status,
  statusAt: row.status_at,
  statusReason: row.status_reason,
  previousKeyId: row.previous_key_id,
  validThroughSequence: row.valid_through_sequence,
});

const STATUS_LABELS: Record<KeyStatus, string> = { active: '有效', rotated: '已轮换', revoked: '已吊销' };

/** The offices this installation exchanges with, and their keys. */
export function createTrustService(ctx: ServiceContext, office: OfficeService) {
  const { sqlite } = ctx.handle;
  const history = createHistoryWriter(sqlite);
  const byKeyIdStatement = sqlite.prepare('SELECT * FROM trusted_keys WHERE key_id = ?');
  const activeOfOffice = sqlite.prepare("SELECT * FROM trusted_keys WHERE office_code = ? AND status = 'active'");
  const insert = sqlite.prepare(
    `INSERT INTO trusted_keys (key_id, fingerprint, office_code, office_name, role, public_key, added_at, status, previous_key_id, rotation_signature)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?)`,
  );
  const setStatus = sqlite.prepare('UPDATE trusted_keys SET status = ?, status_at = ?, status_reason = ?, valid_through_sequence = ? WHERE key_id = ?');
  const lastAccepted = sqlite.prepare('SELECT last_sequence FROM exchange_links WHERE sender_code = ? AND recipient_code = ?').pluck();
  /** The last sequence this office accepted from `officeCode`: our own record, not anything the sender claims. */
  const acceptedFrom = (officeCode: string) => (lastAccepted.get(officeCode, office.requireOffice().code) as number | undefined) ?? 0;

  const byKeyId = (keyId: string): TrustedKey | null => {
    const row = byKeyIdStatement.get(keyId) as TrustRow | undefined;
    return row ? trusted(row) : null;
  };

  function checkNew(file: PublicKeyFile): void {
    const me = office.requireOffice();
    if (file.officeCode === me.code) throw new AppError('refused', `这是本单位（${me.code}）自己的公钥，不需要添加到信任列表。`);
    const existing = byKeyId(file.keyId);
    if (existing) throw new AppError('conflict', `该公钥（指纹 ${file.fingerprint}）已在信任列表中，属于 ${existing.officeName}，状态：${STATUS_LABELS[existing.status]}。`);
  }

  function insertKey(file: PublicKeyFile, at: string, previousKeyId: string | null, signature: string | null): void {
    insert.run(file.keyId, file.fingerprint, file.officeCode, file.officeName, file.role, file.publicKeyHex, at, previousKeyId, signature);
    history.append([
      {
        at,
        actor: office.requireOffice().operator,
        entityType: 'trustedKey',
        entityId: file.keyId,
        action: 'create',
        changes: [
          { field: 'officeCode', after: file.officeCode },
          { field: 'officeName', after: file.officeName },
          { field: 'role', after: file.role },
          { field: 'fingerprint', after: file.fingerprint },
          ...(previousKeyId ? [{ field: 'previousKeyId', after: previousKeyId }] : []),
        ],
      },
    ]);
  }

  function changeStatus(key: TrustedKey, status: KeyStatus, at: string, reason: string | null, validThrough: number): void {
    setStatus.run(status, at, reason, validThrough, key.keyId);
    history.append([
      {
        at,
        actor: office.requireOffice().operator,
        entityType: 'trustedKey',
        entityId: key.keyId,
        action: 'update',
        changes: [
          { field: 'status', before: key.status, after: status },
          ...(reason ? [{ field: 'reason', after: reason }] : []),
          { field: 'validThroughSequence', before: key.validThroughSequence, after: validThrough },
        ],
      },
    ]);
  }

  return {
    byKeyId,

    list(): TrustedKey[] {
      return (sqlite.prepare('SELECT * FROM trusted_keys ORDER BY office_name, seq').all() as TrustRow[]).map(trusted);
    },

    /** A new office's key: trusted only when the fingerprint read out on the phone matches the file's key. */
    add(keyFile: string, confirmedFingerprint: string): TrustedKey {
      const file = parsePublicKeyFile(keyFile);
      // A code with a wrong check character is a mistyped or forged file: bundles to it would go nowhere.
      const codeProblem = creditCodeProblem(file.officeCode);
      if (codeProblem) throw new AppError('validation', `公钥文件中 ${file.officeName} 的单位代码 ${file.officeCode} 无效：${codeProblem}。请向对方索取正确的公钥文件。`);
      const confirmed = normalizeFingerprint(confirmedFingerprint);
      if (!confirmed) throw new AppError('validation', '请填写与对方电话核对的指纹：20 位十六进制数字（如 3F2A 9C01 7B44 E0D2 11AF）。');
      if (confirmed !== file.fingerprint) {
        throw new AppError('refused', `电话核对的指纹 ${confirmed} 与文件中公钥的指纹 ${file.fingerprint} 不一致。公钥文件可能被替换，请勿添加，并与 ${file.officeName} 联系。`);
      }
      checkNew(file);
      const at = toBeijingIso(ctx.clock.now());
      sqlite.transaction(() => {
        const current = activeOfOffice.get(file.officeCode) as TrustRow | undefined;
        if (current) {
          throw new AppError(
            'conflict',
            `${current.office_name}（${file.officeCode}）已有有效公钥（指纹 ${current.fingerprint}）。对方更换密钥时请导入其轮换后的公钥文件；如旧密钥已泄露或丢失，请先吊销旧公钥再添加。`,
          );
        }
        insertKey(file, at, null, null);
      })();
      return byKeyId(file.keyId)!;
    },

    /** A key that replaces one already trusted, proven by the old key's signature over the rotation statement. */
    acceptRotation(keyFile: string): TrustedKey {
      const file = parsePublicKeyFile(keyFile);
      if (!file.rotation) throw new AppError('validation', '该公钥文件不含轮换信息：新单位的公钥请用“添加”，并电话核对指纹。');
      const old = byKeyId(file.rotation.fromKeyId);
      if (!old || old.officeCode !== file.officeCode) throw new AppError('refused', `轮换前的公钥不在信任列表中（或不属于 ${file.officeCode}），无法据此信任新公钥；请电话核对指纹后添加。`);
      if (old.status !== 'active') throw new AppError('refused', `轮换前的公钥状态为“${STATUS_LABELS[old.status]}”，不能用它认可新公钥；请电话核对指纹后添加。`);
      if (old.role !== file.role) throw new AppError('refused', '新公钥声明的角色与原公钥不同，轮换无效。');
      const signature = parseDerSignature(Buffer.from(file.rotation.signature, 'hex'));
      const statement = rotationStatement(file.officeCode, old.keyId, file.keyId, file.rotation.at, file.rotation.last);
      if (!signature || !verifySm2(statement, signature, old.publicKeyHex)) {
        throw new AppError('refused', `轮换签名验证失败：新公钥（指纹 ${file.fingerprint}）并非由 ${old.officeName} 的原密钥认可，已拒绝。`);
      }
      checkNew(file);
      const me = office.requireOffice();
      const at = toBeijingIso(ctx.clock.now());
      sqlite.transaction(() => {
        // The old key stays valid for the bundles it signed to us (signed statement: the last number on our link); a
        // v1 statement names none, so only those up to what we accepted (bundles on their way then need the new key).
        const named = file.rotation!.last === null ? null : parseLastSequences(file.rotation!.last)!.get(me.code) ?? 0;
        changeStatus(old, 'rotated', file.rotation!.at, `轮换为 ${file.fingerprint}`, named ?? acceptedFrom(old.officeCode));
        insertKey(file, at, old.keyId, file.rotation!.signature);
      })();
      return byKeyId(file.keyId)!;
    },

    /**
     * A key no longer to be trusted (a leak, a lost passphrase). Bundles it signed are then accepted only up
     * to `lastSequence` on the link (the last genuine one, as the other office says on the phone), by default
     * the last this office accepted: nothing new, only a bundle missing from a gap, checked against its chain.
     * A rotated key keeps the lower of its two limits.
     */
    revoke(keyId: string, reason: string, lastSequence?: number): TrustedKey {
      const key = byKeyId(keyId);
      if (!key) throw new AppError('notFound', '信任列表中没有该公钥。');
      if (key.status === 'revoked') throw new AppError('conflict', `该公钥已于 ${key.statusAt} 吊销。`);
      if (lastSequence !== undefined && (!Number.isInteger(lastSequence) || lastSequence < 0 || lastSequence > 2 ** 31 - 1)) {
        throw new AppError('validation', '最后一个有效数据包的序号应为 0 或正整数。', [{ path: 'lastSequence', message: '应为 0 或正整数' }]);
      }
      const limit = Math.min(lastSequence ?? acceptedFrom(key.officeCode), key.validThroughSequence ?? Number.MAX_SAFE_INTEGER);
      sqlite.transaction(() => changeStatus(key, 'revoked', toBeijingIso(ctx.clock.now()), reason, limit))();
      return byKeyId(keyId)!;
    },
  };
}

export type TrustService = ReturnType<typeof createTrustService>;
