import { bundleCommand } from './bundle';
import { checkCommand, CHECK_USAGE, pathCommand } from './check';
import { historyCommand } from './history';
import { keysCommand } from './keys';
import { processIo, UsageError, type Io } from './io';

/**
 * The headless CLI: `npm run cli -- <command> …`. Commands print JSON on
 * stdout; bad arguments print a Chinese message on stderr and exit 2
 * (bundle and keys: 3 for a refused bundle, 4 for another refusal; see office-command.ts).
 */
const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  check: checkCommand,
  path: pathCommand,
  bundle: bundleCommand,
  keys: keysCommand,
  history: historyCommand,
};

export async function runCli(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...args] = argv;
  const run = command ? COMMANDS[command] : undefined;
  if (!run) {
    io.err(`${command ? `未知的命令：${command}\n` : ''}可用命令 / commands: ${Object.keys(COMMANDS).join(', ')}\n${CHECK_USAGE}`);
    return 2;
  }
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return 2;
    }
    io.err(`内部错误：${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('electron/cli/index.ts')) {
  runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
