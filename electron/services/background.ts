import type { Services } from '.';
import { readSetting, writeSetting } from './settings';
import { z } from 'zod';

const LAST_RECHECK_KEY = 'rules.lastRecheckDay';
const HOUR_MS = 60 * 60 * 1000;

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

  const timer = setInterval(() => void tick(), HOUR_MS);
  timer.unref();
  return { ready: tick(), stop: () => clearInterval(timer), tick };
}
