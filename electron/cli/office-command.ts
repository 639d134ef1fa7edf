import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../../shared/contract/errors';
import { BUNDLE_REFUSAL_TITLES, BundleRefusal } from '../../shared/exchange/refusals';
import { createServices, DATABASE_FILE, type Services } from '../services';
import { resolveDataDir } from '../services/data-dir';
import { findAppRoot } from '../services/paths';
import { UsageError, type Io } from './io';

/** The environment variable a passphrase may come from (the other way is `--passphrase-file`). */
export const PASSPHRASE_ENV = 'GOVIT_PASSPHRASE';

/**
 * Exit codes of the office commands (`bundle`, `keys`):
 * 0 done; 1 internal error; 2 bad arguments (nothing done);
 * 3 the bundle was refused (message and reason code on stderr, nothing written);
 * 4 the office refused the operation (wrong passphrase, fingerprint mismatch, locked project …, nothing written).
 */
export const EXIT = { done: 0, internal: 1, usage: 2, bundleRefused: 3, refused: 4 } as const;

export const DATA_DIR_OPTION = { 'data-dir': { type: 'string' } } as const;
export const PASSPHRASE_OPTION = { 'passphrase-file': { type: 'string' } } as const;

export const PASSPHRASE_HELP = `私钥口令 / passphrase：--passphrase-file <文件>（文件第一行），或环境变量 ${PASSPHRASE_ENV}。
  口令不能直接写在命令行上：命令行参数会被同一台电脑上的其他用户（ps、任务管理器）看到，并留在命令历史里。`;

export const EXIT_HELP = `退出码 / exit codes：0 完成；1 内部错误；2 参数有误（未做任何操作）；3 数据包被拒收（stderr 有原因和原因代码）；4 操作被拒绝（口令错误、指纹不符、项目已锁定等）。`;

type CommandOptions = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends CommandOptions> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

/** parseArgs with the command's usage in every complaint, and a clear refusal of a passphrase typed on the command line. */
export function parseCommand<O extends CommandOptions>(args: string[], options: O, usage: string): Parsed<O> {
  const plain = args.find((arg) => arg === '--passphrase' || arg.startsWith('--passphrase='));
  if (plain) throw new UsageError(`不接受在命令行上直接写口令（${plain.split('=')[0]}）：命令行参数会被其他用户看到并留在命令历史里。\n${PASSPHRASE_HELP}`);
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}

/** `--data-dir`, else GOVIT_DATA_DIR, else the app's own data folder. */
export function dataDirOf(value: string | undefined): string {
  return value ? resolve(value) : resolveDataDir([]);
}

export function hasDatabase(dataDir: string): boolean {
  return existsSync(join(dataDir, DATABASE_FILE));
}

/** The passphrase from `--passphrase-file` (its first line) or GOVIT_PASSPHRASE; never from the command line. */
export function readPassphrase(file: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  let passphrase: string | undefined;
  if (file) {
    try {
      passphrase = readFileSync(file, 'utf8').split(/\r?\n/)[0];
    } catch {
      throw new UsageError(`无法读取口令文件：${file}`);
    }
    if (!passphrase) throw new UsageError(`口令文件的第一行是空的：${file}`);
  } else {
    passphrase = env[PASSPHRASE_ENV];
  }
  if (!passphrase) throw new UsageError(`此操作需要本单位的私钥口令。\n${PASSPHRASE_HELP}`);
  return passphrase;
}

/** The services on an existing data folder (migrated, with a backup, if older than the app). */
export function openOffice(dataDir: string): Promise<Services> {
  return createServices({ dataDir, migrationsFolder: join(findAppRoot(), 'db', 'migrations') });
}

/**
 * Opens the office's data folder, runs `work` and prints its result as JSON.
 * A refused bundle is exit 3 (message and reason code on stderr); any other
 * refusal by the services is exit 4; nothing is printed on stdout then.
 */
export async function withOffice(dataDir: string, io: Io, work: (services: Services) => Promise<unknown>): Promise<number> {
  if (!hasDatabase(dataDir)) {
    throw new UsageError(`数据目录“${dataDir}”中没有数据库文件 ${DATABASE_FILE}：请用 --data-dir 指定本单位的数据目录（或设置 GOVIT_DATA_DIR），或先启动程序完成初始设置。`);
  }
  const services = await openOffice(dataDir);
  try {
    io.out(JSON.stringify(await work(services), null, 2));
    return EXIT.done;
  } catch (error) {
    return reportRefusal(error, io);
  } finally {
    services.close();
  }
}

/** Prints a refusal (bundle: with its reason code) and returns its exit code; anything else is rethrown. */
export function reportRefusal(error: unknown, io: Io): number {
  if (error instanceof BundleRefusal) {
    io.err(`${error.message}\n拒收原因代码 / reason: ${error.reason}（${BUNDLE_REFUSAL_TITLES[error.reason]}）`);
    return EXIT.bundleRefused;
  }
  if (error instanceof AppError) {
    const issues = error.issues.map((issue) => `\n  ${issue.path}：${issue.message}`).join('');
    io.err(`${error.message}${issues}\n（${error.code}）`);
    return EXIT.refused;
  }
  throw error;
}
