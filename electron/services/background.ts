import type { Services } from '.';
import { readSetting, writeSetting } from './settings';
import { z } from 'zod';

const LAST_RECHECK_KEY = 'rules.lastRecheckDay';
const HOUR_MS = 60 * 60 * 1000;
/** How often the inbox folder (often an intranet share) is looked at; shares do not deliver change events reliably. */
const INBOX_POLL_MS = 60 * 1000;

/**
 * What a running installation does on its own: the daily backup, and a
 * whole-office recheck when the day changes (deadlines move with the date
 * even when no project does). Both hosts — the desktop shell and the web
 * bridge — start it; the recheck yields between batches.
 */
export function startBackgroundWork(
  services: Services,
  log: (message: string) => void = console.log,
): { ready: Promise<void>; stop(): void; tick(): Promise<void> } {
  const { sqlite } = services.context.handle;
  let running = false;

  async function tick(): Promise<void> {
    if (running) return;
    running = true;
    try {
      await services.maintenance.dailyBackupIfDue();
      if (!services.office.getOffice()) return;
      const today = services.compliance.asOf();
      if (readSetting(sqlite, LAST_RECHECK_KEY, z.string()) === today) return;
      const result = await services.compliance.recheckAll();
      writeSetting(sqlite, LAST_RECHECK_KEY, today, new Date().toISOString());
      log(`已重新检查 ${result.checked} 个项目（${result.findings} 条检查结果，${Math.round(result.ms)} ms）`);
    } catch (error) {
      log(`后台任务失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  }

  /** Verifies new bundles in the inbox ahead of the clerk, so the inbox opens with every result ready. */
  let seenReady = new Set<string>();
  async function watchInbox(): Promise<void> {
    if (!services.office.getOffice()) return;
    try {
      const { entries } = await services.filings.inbox();
      const ready = new Set(entries.filter((entry) => entry.status === 'ready').map((entry) => entry.file));
      const fresh = [...ready].filter((file) => !seenReady.has(file));
      if (fresh.length > 0) log(`收件文件夹中有 ${fresh.length} 个新的数据包已通过验证，待导入`);
      seenReady = ready;
    } catch (error) {
      log(`查看收件文件夹失败：${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const timer = setInterval(() => void tick(), HOUR_MS);
  timer.unref();
  const inboxTimer = setInterval(() => void watchInbox(), INBOX_POLL_MS);
  inboxTimer.unref();
  return {
    ready: tick(),
    stop: () => (clearInterval(timer), clearInterval(inboxTimer)),
    tick,
  };
}
