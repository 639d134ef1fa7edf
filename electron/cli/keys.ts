import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exchangeMethods } from '../../shared/contract/exchange';
import type { OfficeKeyInfo } from '../services/exchange/keys';
import type { TrustedKey } from '../services/exchange/trust';
import { UsageError, type Io } from './io';
import { DATA_DIR_OPTION, dataDirOf, EXIT, EXIT_HELP, parseCommand, PASSPHRASE_HELP, PASSPHRASE_OPTION, readPassphrase, withOffice } from './office-command';

export const KEYS_USAGE = `用法 / usage:
  npm run cli -- keys create                                 生成本单位的 SM2 密钥对（私钥用口令加密保存，口令至少 8 个字符）
  npm run cli -- keys export --out <文件>                    导出本单位公钥文件（.pub.pem），并显示要电话告知对方的指纹
  npm run cli -- keys import <公钥文件> --fingerprint "XXXX XXXX XXXX XXXX XXXX"
                                                            信任对方单位的公钥：指纹须与电话核对的一致，否则拒绝
  npm run cli -- keys import <公钥文件> --rotation           接受对方轮换后的新公钥（由已信任的旧密钥签名认可，无需电话）
  npm run cli -- keys list                                   本单位的密钥和信任列表
  npm run cli -- keys export-private --out <文件> [--key <密钥编号>]
                                                            导出本单位私钥（PEM，仍用同一口令加密），供用 OpenSSL 手工解密数据包
  共同选项 / common: --data-dir <数据目录>（默认同桌面程序，或环境变量 GOVIT_DATA_DIR）
  ${PASSPHRASE_HELP}
  ${EXIT_HELP}`;

const ownKey = (key: OfficeKeyInfo) => ({ keyId: key.keyId, fingerprint: key.fingerprint, status: key.status, createdAt: key.createdAt, statusAt: key.statusAt, previousKeyId: key.previousKeyId });
const trustedKey = (key: TrustedKey) => ({
  officeCode: key.officeCode, officeName: key.officeName, role: key.role, keyId: key.keyId, fingerprint: key.fingerprint,
  status: key.status, addedAt: key.addedAt, statusAt: key.statusAt, statusReason: key.statusReason, previousKeyId: key.previousKeyId,
});

function readKeyFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`无法读取公钥文件：${file}`);
  }
}

/** `keys create|export|import|list`: the office's key pair and the offices it trusts. */
export async function keysCommand(args: string[], io: Io): Promise<number> {
  const [sub] = args;
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    io.out(KEYS_USAGE);
    return EXIT.done;
  }
  const options = { ...DATA_DIR_OPTION, ...PASSPHRASE_OPTION, out: { type: 'string' }, fingerprint: { type: 'string' }, rotation: { type: 'boolean' }, key: { type: 'string' } } as const;
  const { values, positionals } = parseCommand(args, options, KEYS_USAGE);
  const dataDir = dataDirOf(values['data-dir']);
  const extra = positionals.slice(sub === 'import' ? 2 : 1);
  if (extra.length > 0) throw new UsageError(`多余的参数：${extra.join(' ')}\n${KEYS_USAGE}`);

  switch (sub) {
    case 'create': {
      const passphrase = readPassphrase(values['passphrase-file']);
      const checked = exchangeMethods['keys.create'].input.safeParse({ passphrase });
      if (!checked.success) throw new UsageError(checked.error.issues[0]!.message);
      return withOffice(dataDir, io, async (services) => ownKey(await services.exchange.keys.create(passphrase)));
    }
    case 'export': {
      if (!values.out) throw new UsageError(`请用 --out 指定公钥文件的保存位置（如 --out 本单位公钥.pub.pem）。\n${KEYS_USAGE}`);
      const file = resolve(values.out);
      return withOffice(dataDir, io, async (services) => {
        const exported = services.exchange.keys.exportPublic();
        try {
          writeFileSync(file, exported.text, { flag: 'wx' });
        } catch (error) {
          throw new UsageError(`无法写入公钥文件 ${file}：${(error as NodeJS.ErrnoException).code === 'EEXIST' ? '文件已存在，不会覆盖' : (error as Error).message}`);
        }
        return { file, keyId: exported.keyId, fingerprint: exported.fingerprint, note: `请把公钥文件交给对方，并电话告知指纹：${exported.fingerprint}` };
      });
    }
    case 'import': {
      const source = positionals[1];
      if (!source) throw new UsageError(`请指定对方的公钥文件。\n${KEYS_USAGE}`);
      if (Boolean(values.fingerprint) === Boolean(values.rotation)) {
        throw new UsageError('请用 --fingerprint "…" 填写与对方电话核对的指纹（新单位），或用 --rotation 接受已信任单位轮换后的公钥。');
      }
      const text = readKeyFile(resolve(source));
      return withOffice(dataDir, io, async (services) =>
        trustedKey(values.rotation ? services.exchange.trust.acceptRotation(text) : services.exchange.trust.add(text, values.fingerprint!)),
      );
    }
    case 'export-private': {
      if (!values.out) throw new UsageError(`请用 --out 指定私钥文件的保存位置。\n${KEYS_USAGE}`);
      const file = resolve(values.out);
      const passphrase = readPassphrase(values['passphrase-file']);
      return withOffice(dataDir, io, async (services) => {
        const pem = await services.exchange.exportPrivateKeyPem(passphrase, values.key ?? null);
        try {
          writeFileSync(file, pem, { flag: 'wx', mode: 0o600 });
        } catch (error) {
          throw new UsageError(`无法写入私钥文件 ${file}：${(error as NodeJS.ErrnoException).code === 'EEXIST' ? '文件已存在，不会覆盖' : (error as Error).message}`);
        }
        return { file, note: '私钥文件仍由本单位口令加密；用完请删除，切勿交给他人。' };
      });
    }
    case 'list':
      return withOffice(dataDir, io, async (services) => {
        const own = services.exchange.keys.status();
        return { own: { active: own.active ? ownKey(own.active) : null, keys: own.keys.map(ownKey) }, trusted: services.exchange.trust.list().map(trustedKey) };
      });
    default:
      throw new UsageError(`${sub ? `未知的子命令：keys ${sub}\n` : ''}${KEYS_USAGE}`);
  }
}
