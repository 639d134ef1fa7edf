import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { install, makeAttachments, NOW, PASSPHRASE, reviewOffice, trustEachOther, unitOffice } from './exchange';
import { sampleProject } from './services';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./import-child.ts', import.meta.url));

export interface CrashFixture {
  bundle: string;
  /** The review office's data folder before the import, closed: copy it for each run. */
  pristine: string;
  projects: number;
  attachmentBytes: number;
}

/**
 * A unit files `projects` projects with `files` attachments (half incompressible
 * "scans", half text, `fileBytes` each) to a review office; both on a fixed
 * clock. Leaves the bundle and the review office's untouched data folder in `dir`.
 */
export async function buildCrashFixture(dir: string, options: { projects: number; files: number; fileBytes: number }): Promise<CrashFixture> {
  const unit = await install(unitOffice);
  const review = await install(reviewOffice);
  try {
    trustEachOther(unit, review);
    const ids = Array.from({ length: options.projects }, (_, index) =>
      unit.services.projects.create(sampleProject({ name: `淅川县第 ${index + 1} 个政务信息化项目`, totalInvestmentFen: 1_000_000 + index * 10_000 })).id,
    );
    const sources = makeAttachments(join(dir, 'sources'), Array.from({ length: options.files }, (_, index) => ({ kind: index % 2 ? 'txt' : 'pdf', bytes: options.fileBytes })));
    for (const [index, source] of sources.entries()) {
      await unit.services.filings.attachFile(ids[index % ids.length]!, source.path, { fileName: `附件${index + 1}${source.path.slice(source.path.lastIndexOf('.'))}` });
    }
    const bundle = join(dir, 'filing.gvbundle');
    await unit.services.filings.submit({ projectIds: ids, passphrase: PASSPHRASE, file: bundle });
    review.services.close();
    const pristine = join(dir, 'pristine');
    cpSync(review.dir, pristine, { recursive: true });
    return { bundle, pristine, projects: options.projects, attachmentBytes: options.files * options.fileBytes };
  } finally {
    unit.close();
    rmSync(review.dir, { recursive: true, force: true });
  }
}

/** A fresh copy of the review office's data folder. */
export function copyPristine(fixture: CrashFixture, dir: string): string {
  mkdirSync(dir, { recursive: true });
  cpSync(fixture.pristine, dir, { recursive: true });
  return dir;
}

export interface ChildRun {
  /** Lines the child printed, each with the milliseconds since `ready`. */
  lines: { line: string; at: number }[];
  killed: boolean;
  exitCode: number | null;
  stderr: string;
}

/**
 * When to kill the child: `afterMs` after it printed the line starting with
 * `onLine` (`ready`, or a step: `step write` …). Anchoring each kill to the
 * step it falls in keeps the kills where they were meant to land when the
 * machine is busier than during the measured run.
 */
export interface KillPoint {
  onLine: string;
  afterMs: number;
}

/** Runs the import in a child process on `dataDir`; kills it (SIGKILL) at `kill`, or lets it finish when `kill` is null. */
export function runImportChild(dataDir: string, bundle: string, kill: KillPoint | null): Promise<ChildRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, bundle, NOW], { cwd: ROOT, env: { ...process.env, TZ: 'Asia/Shanghai' }, stdio: ['pipe', 'pipe', 'pipe'] });
    const lines: ChildRun['lines'] = [];
    let ready = 0;
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
        const line = pending.slice(0, end);
        pending = pending.slice(end + 1);
        if (line === 'ready') ready = performance.now();
        if (kill && line.startsWith(kill.onLine)) {
          if (kill.afterMs > 0) setTimeout(() => child.kill('SIGKILL'), kill.afterMs);
          else child.kill('SIGKILL');
        }
        lines.push({ line, at: ready ? performance.now() - ready : 0 });
        if (line === 'closed' && !kill) child.stdin.end();
      }
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => done({ lines, killed: signal === 'SIGKILL', exitCode: code, stderr }));
  });
}
