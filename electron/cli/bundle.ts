import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DEFAULT_BUNDLE_LIMITS } from '../../shared/exchange/limits';
import { BUNDLE_REFUSAL_TITLES, BundleRefusal } from '../../shared/exchange/refusals';
import type { Services } from '../services';
import { bundleSummary } from '../services/exchange/handlers';
import { inspectBundle } from './bundle-inspect';
import { UsageError, type Io } from './io';
import {
  DATA_DIR_OPTION, dataDirOf, EXIT, EXIT_HELP, hasDatabase, openOffice, parseCommand, PASSPHRASE_ENV, PASSPHRASE_HELP, PASSPHRASE_OPTION, readPassphrase, reportRefusal, withOffice,
} from './office-command';

export const BUNDLE_USAGE = `用法 / usage:
  npm run cli -- bundle verify <数据包文件>                  验证数据包（签名、公钥、接收方、序号、有效期、每个条目的 SM3），不写入任何内容
  npm run cli -- bundle inspect <数据包文件>                 查看清单和数据内容摘要（不要求已信任发送方；未通过验证时标明“未验证”）
  npm run cli -- bundle export --projects <编号,编号…|all> [--to <审查部门代码>] [--out <文件>] [--note <说明>]
                                                            建设单位：报送项目（all：自上次报送以来有修改、未锁定的项目）
  npm run cli -- bundle export --decisions --to <建设单位代码> [--out <文件>]
                                                            审查部门：把尚未发出的审查决定发给该单位
  npm run cli -- bundle import <数据包文件>                  导入数据包（先全部验证，导入前自动备份，一个事务写入）
                                                            加密发给本单位的数据包（报送、审查决定、政策参数更新）：verify、inspect 和 import 需要本单位私钥口令才能读取内容
  共同选项 / common: --data-dir <数据目录>（默认同桌面程序，或环境变量 GOVIT_DATA_DIR）
  ${PASSPHRASE_HELP}
  ${EXIT_HELP}`;

const VERIFIED_MESSAGE = '已验证：签名、发送方公钥、接收方、序号、有效期和每个条目的 SM3 摘要均核对无误。';
const UNVERIFIED_NOTICE = '未验证：以下内容只是数据包自己的声明，签名和摘要未经本单位核对，不能作为依据。';

function bundleFile(positionals: string[], usage: string): string {
  const [, file, ...rest] = positionals;
  if (!file) throw new UsageError(`请指定数据包文件。\n${usage}`);
  if (rest.length > 0) throw new UsageError(`多余的参数：${rest.join(' ')}\n${usage}`);
  return resolve(file);
}

/** `--out`: a new file in an existing folder (a bundle is never written over another file). */
function outFile(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const file = resolve(value);
  if (existsSync(file)) throw new UsageError(`文件已存在：${file}。请换一个文件名，数据包不会覆盖已有文件。`);
  if (!existsSync(dirname(file)) || !statSync(dirname(file)).isDirectory()) throw new UsageError(`文件夹不存在：${dirname(file)}`);
  return file;
}

/** The signature checked here, if this data folder can: the result for `inspect` (and, with the passphrase, an encrypted bundle's key). */
async function verification(file: string, dataDir: string, passphrase?: string): Promise<{ status: string; message: string; [more: string]: unknown; contentKey?: Buffer | null }> {
  if (!hasDatabase(dataDir)) return { status: 'notChecked', message: `未核对签名：数据目录“${dataDir}”中没有数据库，找不到信任的公钥。` };
  const services = await openOffice(dataDir);
  try {
    if (!services.office.getOffice()) return { status: 'notChecked', message: '未核对签名：本机尚未完成初始设置。' };
    const verified = await services.exchange.verify(file, undefined, passphrase === undefined ? undefined : { passphrase });
    return { status: 'verified', message: VERIFIED_MESSAGE, summary: bundleSummary(verified), contentKey: verified.contentKey };
  } catch (error) {
    if (!(error instanceof BundleRefusal)) throw error;
    return { status: 'refused', reason: error.reason, title: BUNDLE_REFUSAL_TITLES[error.reason], message: error.message };
  } finally {
    services.close();
  }
}

async function inspect(file: string, dataDir: string, io: Io, passphrase?: string): Promise<number> {
  let inspection;
  try {
    inspection = await inspectBundle(file, DEFAULT_BUNDLE_LIMITS);
  } catch (error) {
    return reportRefusal(error, io);
  }
  const { contentKey, ...checked } = await verification(file, dataDir, passphrase);
  // An encrypted payload is shown only once verified, with the key it was encrypted to.
  if (contentKey) inspection = await inspectBundle(file, DEFAULT_BUNDLE_LIMITS, contentKey);
  const verified = checked.status === 'verified';
  io.out(JSON.stringify({ status: verified ? '已验证' : '未验证', verified, notice: verified ? VERIFIED_MESSAGE : UNVERIFIED_NOTICE, verification: checked, ...inspection }, null, 2));
  return EXIT.done;
}

/**
 * `--projects all`: every project of this unit not locked by an approved
 * filing and changed since its last filing (or never filed); the others are
 * listed as skipped, with the reason.
 */
function projectsToFile(services: Services, list: string) {
  if (list !== 'all') return { ids: list.split(',').map((id) => id.trim()).filter(Boolean), skipped: [] };
  const rows = services.context.handle.sqlite.prepare('SELECT id, name, locked_filing_id AS locked FROM projects WHERE origin_office_code IS NULL ORDER BY created_at, id').all() as { id: string; name: string; locked: string | null }[];
  const ids: string[] = [];
  const skipped: { projectId: string; projectName: string; reason: string }[] = [];
  for (const row of rows) {
    const unchanged = row.locked ? null : services.filings.unchangedSinceFiled(row.id);
    if (row.locked) skipped.push({ projectId: row.id, projectName: row.name, reason: '申报已获批准并锁定' });
    else if (unchanged !== null) skipped.push({ projectId: row.id, projectName: row.name, reason: `自第 ${unchanged} 版申报以来未修改` });
    else ids.push(row.id);
  }
  return { ids, skipped };
}

async function exportBundle(args: string[], io: Io): Promise<number> {
  const options = { ...DATA_DIR_OPTION, ...PASSPHRASE_OPTION, projects: { type: 'string' }, decisions: { type: 'boolean' }, to: { type: 'string' }, out: { type: 'string' }, note: { type: 'string' } } as const;
  const { values, positionals } = parseCommand(args, options, BUNDLE_USAGE);
  if (positionals.length > 1) throw new UsageError(`多余的参数：${positionals.slice(1).join(' ')}\n${BUNDLE_USAGE}`);
  if (Boolean(values.projects) === Boolean(values.decisions)) throw new UsageError(`请指定 --projects <项目编号,…|all>（报送项目）或 --decisions（发送审查决定）之一。\n${BUNDLE_USAGE}`);
  if (values.decisions && !values.to) throw new UsageError('发送审查决定须用 --to 指定建设单位代码。');
  const file = outFile(values.out);
  const passphrase = readPassphrase(values['passphrase-file']);
  return withOffice(dataDirOf(values['data-dir']), io, async (services) => {
    if (values.decisions) return services.filings.desk.send(values.to!, passphrase, file);
    const { ids, skipped } = projectsToFile(services, values.projects!);
    if (ids.length === 0) throw new UsageError(values.projects === 'all' ? '没有可报送的项目（登记簿为空，或所有项目的申报均已获批准并锁定，或自上次报送以来未修改）。' : '请用 --projects 指定要报送的项目编号，多个用逗号分隔。');
    const result = await services.filings.submit({ projectIds: ids, passphrase, recipientCode: values.to, file, note: values.note });
    return { ...result, skipped };
  });
}

/**
 * `bundle verify|inspect|export|import`: the exchange from the command line,
 * for an administrator or a script (the desktop app's 数据交换 does the same).
 */
export async function bundleCommand(args: string[], io: Io): Promise<number> {
  const [sub] = args;
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    io.out(BUNDLE_USAGE);
    return EXIT.done;
  }
  if (sub === 'export') return exportBundle(args.slice(1), io);
  if (sub !== 'verify' && sub !== 'inspect' && sub !== 'import') throw new UsageError(`${sub ? `未知的子命令：bundle ${sub}\n` : ''}${BUNDLE_USAGE}`);

  const { values, positionals } = parseCommand(args, { ...DATA_DIR_OPTION, ...PASSPHRASE_OPTION }, BUNDLE_USAGE);
  const file = bundleFile(positionals, BUNDLE_USAGE);
  const dataDir = dataDirOf(values['data-dir']);
  // An encrypted bundle (filings, decisions, policy updates) needs the passphrase of the key it was encrypted to.
  const passphrase = values['passphrase-file'] || process.env[PASSPHRASE_ENV] ? readPassphrase(values['passphrase-file']) : undefined;
  if (sub === 'inspect') return inspect(file, dataDir, io, passphrase);
  if (sub === 'verify') return withOffice(dataDir, io, async (services) => bundleSummary(await services.exchange.verify(file, undefined, passphrase === undefined ? undefined : { passphrase })));
  return withOffice(dataDir, io, (services) => services.filings.importBundle(file, undefined, passphrase));
}
