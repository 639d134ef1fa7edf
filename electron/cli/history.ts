import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_BUNDLE_LIMITS } from '../../shared/exchange/limits';
import { historyHeadSchema } from '../../shared/exchange/payloads';
import { DATABASE_FILE } from '../services';
import { checkHistoryAnchors, verifyHistoryChain, type HistoryAnchor } from '../services/history-chain';
import { inspectBundle } from './bundle-inspect';
import { UsageError, type Io } from './io';
import { DATA_DIR_OPTION, dataDirOf, EXIT, hasDatabase, openOffice, parseCommand, reportRefusal, withOffice } from './office-command';

/** Exit code when the chain does not hold (or cannot be checked against what was given). */
export const EXIT_CHAIN_BROKEN = 5;

export const HISTORY_USAGE = `用法 / usage:
  npm run cli -- history verify [--against <对方数据目录|数据包文件>]
      校验本单位历史记录的哈希链；加 --against 时，还核对本单位签发的报送和回执所带的链头：
      对方数据目录中保存的每个链头（或数据包中带的链头）须在本单位历史记录的相应位置、哈希一致，
      这样连同链头一起整体改写过的历史记录也能被发现。对方数据目录只读打开，不作任何修改。
  共同选项 / common: --data-dir <数据目录>（默认同桌面程序，或环境变量 GOVIT_DATA_DIR）
  退出码 / exit codes：0 校验通过；1 内部错误；2 参数有误；${EXIT_CHAIN_BROKEN} 校验未通过（原因见输出）。`;

/** The heads the other office kept from our filings and receipts; opened read-only, never migrated. */
function anchorsInDataFolder(dir: string, officeCode: string): HistoryAnchor[] {
  const file = join(dir, DATABASE_FILE);
  if (!existsSync(file)) throw new UsageError(`“${dir}”中没有数据库文件 ${DATABASE_FILE}：--against 须指定对方的数据目录或一个数据包文件。`);
  const other = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = other.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'history_anchors'").get();
    if (!table) return [];
    const rows = other
      .prepare('SELECT bundle_digest, bundle_sequence, head_seq, head_hash FROM history_anchors WHERE office_code = ? ORDER BY bundle_sequence')
      .all(officeCode) as { bundle_digest: string; bundle_sequence: number; head_seq: number; head_hash: string }[];
    return rows.map((row) => ({ seq: row.head_seq, hash: row.head_hash, source: `对方保存的第 ${row.bundle_sequence} 号数据包（${row.bundle_digest.slice(0, 12)}…）` }));
  } finally {
    other.close();
  }
}

/**
 * The head a bundle this office sent carries. Read like `bundle inspect`
 * (structure checked, signature not: our own bundle to another office does
 * not verify here as incoming); its digest is printed, to compare with the
 * other office's records.
 */
async function anchorInBundle(file: string, officeCode: string): Promise<{ anchors: HistoryAnchor[]; digest: string }> {
  const inspection = await inspectBundle(file, DEFAULT_BUNDLE_LIMITS);
  const sender = (inspection.manifest as { sender?: { officeCode?: unknown } } | null)?.sender?.officeCode;
  if (inspection.manifestProblem) throw new UsageError(`数据包的清单无法读取：${inspection.manifestProblem}`);
  if (sender !== officeCode) throw new UsageError(`这个数据包不是本单位（${officeCode}）发出的，而是 ${String(sender)} 发出的：只能用本单位发出的报送或回执对照。`);
  const recipient = (inspection.manifest as { recipient?: { officeCode?: unknown } }).recipient?.officeCode;
  const sequence = (inspection.manifest as { sequence: number }).sequence;
  const source = `数据包第 ${sequence} 号（${inspection.digest.slice(0, 12)}…）`;
  // The signed manifest repeats the head in clear: readable even when the payload is encrypted to the recipient.
  const inManifest = historyHeadSchema.safeParse((inspection.manifest as { historyHead?: unknown }).historyHead);
  if (inManifest.success) return { anchors: [{ ...inManifest.data, source }], digest: inspection.digest };
  if ((inspection.manifest as { encryption?: unknown }).encryption) {
    // Encrypted to the recipient's key: the sender cannot read its own filing back. The recipient kept the head.
    throw new UsageError(`这个数据包的内容已加密给接收方 ${String(recipient)}，本单位无法读出其中的历史链头：请用对方的数据目录核对（--against <对方数据目录>），或用本单位发出的回执（回执不加密）。`);
  }
  if (!inspection.payload.valid) throw new UsageError(`数据包的内容无法读取：${inspection.payload.problem ?? ''}`);
  const summary = inspection.payload.summary as { historyHead?: unknown; acknowledges?: unknown };
  const head = historyHeadSchema.safeParse(summary.historyHead);
  const anchors = head.success ? [{ ...head.data, source }] : [];
  return { anchors, digest: inspection.digest };
}

async function verifyAgainst(dataDir: string, against: string, io: Io): Promise<number> {
  if (!hasDatabase(dataDir)) throw new UsageError(`数据目录“${dataDir}”中没有数据库文件 ${DATABASE_FILE}：请用 --data-dir 指定本单位的数据目录（或设置 GOVIT_DATA_DIR）。`);
  const target = resolve(against);
  if (!existsSync(target)) throw new UsageError(`找不到 ${target}。`);
  const services = await openOffice(dataDir);
  try {
    const me = services.office.requireOffice();
    const sqlite = services.context.handle.sqlite;
    const chain = verifyHistoryChain(sqlite);
    const found = statSync(target).isDirectory()
      ? { anchors: anchorsInDataFolder(target, me.code), digest: null }
      : await anchorInBundle(target, me.code);
    const anchors = checkHistoryAnchors(sqlite, found.anchors);
    const ok = chain.ok && anchors.ok;
    io.out(JSON.stringify({ ok, chain, against: { path: target, bundleDigest: found.digest, ...anchors } }, null, 2));
    return ok ? EXIT.done : EXIT_CHAIN_BROKEN;
  } catch (error) {
    return reportRefusal(error, io);
  } finally {
    services.close();
  }
}

/** `history verify [--against …]`: the chain on its own, and against the heads another office kept. */
export async function historyCommand(args: string[], io: Io): Promise<number> {
  const [sub] = args;
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    io.out(HISTORY_USAGE);
    return EXIT.done;
  }
  if (sub !== 'verify') throw new UsageError(`${sub ? `未知的子命令：history ${sub}\n` : ''}${HISTORY_USAGE}`);
  const { values, positionals } = parseCommand(args.slice(1), { ...DATA_DIR_OPTION, against: { type: 'string' } } as const, HISTORY_USAGE);
  if (positionals.length > 0) throw new UsageError(`多余的参数：${positionals.join(' ')}\n${HISTORY_USAGE}`);
  const dataDir = dataDirOf(values['data-dir']);
  if (values.against !== undefined) {
    if (!values.against) throw new UsageError(`--against 须指定对方的数据目录或一个数据包文件。\n${HISTORY_USAGE}`);
    return verifyAgainst(dataDir, values.against, io);
  }
  let ok = true;
  const code = await withOffice(dataDir, io, async (services) => {
    const report = verifyHistoryChain(services.context.handle.sqlite);
    ok = report.ok;
    return report;
  });
  return code === EXIT.done && !ok ? EXIT_CHAIN_BROKEN : code;
}
