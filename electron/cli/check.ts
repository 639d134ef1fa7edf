import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectFactsBatches } from '../../db/queries/facts';
import { checkInputSchema } from '../../shared/contract/check-input';
import { isDay } from '../../shared/domain/day';
import { REGULATION_IDS, type RegulationId } from '../../shared/domain/regulations';
import { checkOffice, isInForce, packFor, packStatus, PackNotAvailableError, validityDraft, type CheckOptions } from '../../shared/rules';
import type { ProjectFacts } from '../../shared/rules/framework/facts';
import { createServices, DATABASE_FILE } from '../services';
import { createCheckCalendar, markProvisional } from '../services/check-calendar';
import { findAppRoot } from '../services/paths';
import { UsageError, type Io } from './io';

export const CHECK_USAGE = `用法 / usage:
  npm run cli -- check --regulation <id> --as-of <YYYY-MM-DD> --input <file.json>
  npm run cli -- check --regulation <id> --as-of <YYYY-MM-DD> --db <data folder>
  <id>: ${REGULATION_IDS.join(' | ')}
  输入格式 / input format: docs/schemas/check-input.schema.json`;

function issuesText(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 20)
    .map((issue) => `  ${issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '') || '(根)'}：${issue.message}`)
    .join('\n');
}

function readInput(file: string): ProjectFacts[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`无法读取输入文件：${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`输入文件不是有效的 JSON：${file}（${error instanceof Error ? error.message : String(error)}）`);
  }
  const parsed = checkInputSchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`输入文件不符合格式（docs/schemas/check-input.schema.json）：\n${issuesText(parsed.error)}`);
  return parsed.data.projects;
}

async function readDatabase(folder: string): Promise<ProjectFacts[]> {
  if (!existsSync(join(folder, DATABASE_FILE))) throw new UsageError(`数据目录中没有数据库文件 ${DATABASE_FILE}：${folder}`);
  const services = await createServices({ dataDir: folder, migrationsFolder: join(findAppRoot(), 'db', 'migrations') });
  try {
    return [...projectFactsBatches(services.context.handle.db, services.context.handle.sqlite, 5_000)].flat();
  } finally {
    services.close();
  }
}

/**
 * `check`: the findings of every project on a day, as JSON on stdout. Bad
 * input is a message on stderr and exit code 2; findings do not change the
 * exit code.
 */
export async function checkCommand(args: string[], io: Io): Promise<number> {
  let values: { regulation?: string; 'as-of'?: string; input?: string; db?: string };
  try {
    ({ values } = parseArgs({ args, options: { regulation: { type: 'string' }, 'as-of': { type: 'string' }, input: { type: 'string' }, db: { type: 'string' } }, strict: true }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${CHECK_USAGE}`);
  }
  const regulation = values.regulation;
  if (!regulation || !(REGULATION_IDS as readonly string[]).includes(regulation)) {
    throw new UsageError(`请用 --regulation 指定管理办法（${REGULATION_IDS.join('、')}）${regulation ? `，没有“${regulation}”` : ''}\n${CHECK_USAGE}`);
  }
  const asOf = values['as-of'];
  if (!asOf || !isDay(asOf)) throw new UsageError(`请用 --as-of 指定检查日期（YYYY-MM-DD）${asOf ? `，“${asOf}”不是有效日期` : ''}`);
  if (Boolean(values.input) === Boolean(values.db)) throw new UsageError(`请指定 --input <文件> 或 --db <数据目录> 之一\n${CHECK_USAGE}`);

  let pack;
  try {
    pack = packFor(regulation as RegulationId);
  } catch (error) {
    if (error instanceof PackNotAvailableError) throw new UsageError(`本版本尚未提供“${regulation}”的规则包`);
    throw error;
  }
  const projects = values.input ? readInput(values.input) : await readDatabase(values.db!);
  const calendar = createCheckCalendar();
  const options: CheckOptions = { calendar };
  const status = packStatus(pack.meta, asOf);
  const results = checkOffice(pack, projects, asOf, options);
  const report = {
    regulation,
    asOf,
    pack: {
      title: pack.meta.title,
      documentNumber: pack.meta.documentNumber,
      version: pack.meta.version,
      validFrom: pack.meta.validFrom,
      validUntil: pack.meta.validUntil,
      status: status.kind,
      inForce: isInForce(status),
      message: validityDraft(pack.meta, status)?.message ?? null,
    },
    projectsChecked: projects.length,
    findings: results.flatMap((result) =>
      'findings' in result
        ? markProvisional(result.findings, calendar).map((finding) => ({
            projectId: finding.projectId,
            ruleId: finding.ruleId,
            regulation: finding.regulation,
            article: finding.article,
            severity: finding.severity,
            dueDate: finding.dueDate ?? null,
            message: finding.message,
            action: finding.action,
          }))
        : [],
    ),
    errors: results.flatMap((result) => ('error' in result ? [{ projectId: result.projectId, error: result.error }] : [])),
  };
  io.out(JSON.stringify(report, null, 2));
  return 0;
}
