import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectFactsBatches } from '../../db/queries/facts';
import { checkInputSchema } from '../../shared/contract/check-input';
import { isDay } from '../../shared/domain/day';
import { REGULATION_IDS, type RegulationId } from '../../shared/domain/regulations';
import { PAYLOAD_SCHEMAS, type PayloadOf } from '../../shared/exchange/payloads';
import { BundleRefusal } from '../../shared/exchange/refusals';
import {
  approvalPathReport,
  checkOffice,
  isInForce,
  packFor,
  packStatus,
  PackNotAvailableError,
  unsetParameters,
  validityDraft,
  type CheckOptions,
  type ParameterOverrides,
  type RulePack,
} from '../../shared/rules';
import type { ProjectFacts } from '../../shared/rules/framework/facts';
import { createServices, DATABASE_FILE } from '../services';
import { createCheckCalendar, markProvisional } from '../services/check-calendar';
import { calendarWith, mergePolicyUpdate, readPolicyLayer, type PolicyLayer } from '../services/policy-layer';
import { findAppRoot } from '../services/paths';
import { UsageError, type Io } from './io';

export const CHECK_USAGE = `用法 / usage:
  npm run cli -- check --regulation <id> --as-of <YYYY-MM-DD> --input <file.json> [--params <policy.json>]
  npm run cli -- check --regulation <id> --as-of <YYYY-MM-DD> --db <data folder> [--params <policy.json>]
  npm run cli -- path  --regulation <id> --as-of <YYYY-MM-DD> (--input <file.json> | --db <data folder>) [--params <policy.json>]
  <id>: ${REGULATION_IDS.join(' | ')}
  输入格式 / input format: docs/schemas/check-input.schema.json
  --params: 审查部门的参数和日历，格式同政策更新（policyUpdate）；--db 时叠加在数据库中已保存的参数之上`;

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

/** The office's projects and its stored policy layer (the parameters and calendar of its policy updates). */
async function readDatabase(folder: string): Promise<{ projects: ProjectFacts[]; layer: PolicyLayer | null }> {
  if (!existsSync(join(folder, DATABASE_FILE))) throw new UsageError(`数据目录中没有数据库文件 ${DATABASE_FILE}：${folder}`);
  const services = await createServices({ dataDir: folder, migrationsFolder: join(findAppRoot(), 'db', 'migrations') });
  try {
    return {
      projects: [...projectFactsBatches(services.context.handle.db, services.context.handle.sqlite, 5_000)].flat(),
      layer: readPolicyLayer(services.context.handle.sqlite),
    };
  } finally {
    services.close();
  }
}

/** `--params FILE`: a policy update's JSON (the payload, as the review office sends it). */
function readParams(file: string): PayloadOf<'policyUpdate'> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`无法读取参数文件（应为政策更新格式的 JSON）：${file}（${error instanceof Error ? error.message : String(error)}）`);
  }
  const parsed = PAYLOAD_SCHEMAS.policyUpdate.safeParse(json);
  if (!parsed.success) throw new UsageError(`参数文件不符合政策更新（policyUpdate）的格式：\n${issuesText(parsed.error)}`);
  return parsed.data;
}

/** The stored layer (with --db), with the --params update laid over it, as the app would after importing it. */
function policyLayer(regulation: RegulationId, pack: RulePack, stored: PolicyLayer | null, params: PayloadOf<'policyUpdate'> | null): PolicyLayer | null {
  const current = stored && stored.regulation === regulation ? stored : null;
  if (!params) return current;
  try {
    return mergePolicyUpdate(current, params, regulation, pack.parameters);
  } catch (error) {
    if (error instanceof BundleRefusal) throw new UsageError(error.message);
    throw error;
  }
}

interface Setup {
  readonly regulation: RegulationId;
  readonly asOf: string;
  readonly pack: RulePack;
  readonly projects: ProjectFacts[];
  readonly layer: PolicyLayer | null;
}

/** The arguments both verbs take: regulation, day, projects, parameters. */
async function setUp(args: string[]): Promise<Setup> {
  let values: { regulation?: string; 'as-of'?: string; input?: string; db?: string; params?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { regulation: { type: 'string' }, 'as-of': { type: 'string' }, input: { type: 'string' }, db: { type: 'string' }, params: { type: 'string' } },
      strict: true,
    }));
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

  let pack: RulePack;
  try {
    pack = packFor(regulation as RegulationId);
  } catch (error) {
    if (error instanceof PackNotAvailableError) throw new UsageError(`本版本尚未提供“${regulation}”的规则包`);
    throw error;
  }
  const params = values.params ? readParams(values.params) : null;
  const { projects, layer: stored } = values.input ? { projects: readInput(values.input), layer: null } : await readDatabase(values.db!);
  return { regulation: regulation as RegulationId, asOf, pack, projects, layer: policyLayer(regulation as RegulationId, pack, stored, params) };
}

/** The pack's validity article, always in the output (the findings are the regulation's only while it is in force). */
function packHead(pack: RulePack, asOf: string) {
  const status = packStatus(pack.meta, asOf);
  return {
    title: pack.meta.title,
    documentNumber: pack.meta.documentNumber,
    version: pack.meta.version,
    validFrom: pack.meta.validFrom,
    validUntil: pack.meta.validUntil,
    validityArticle: pack.meta.validityCitation.article,
    validityQuote: pack.meta.validityQuote,
    status: status.kind,
    inForce: isInForce(status),
    message: validityDraft(pack.meta, status)?.message ?? null,
  };
}

/** The office's parameters on the day: which it has set (and from which documents) and which are still our defaults. */
function parametersHead(pack: RulePack, asOf: string, layer: PolicyLayer | null) {
  const overrides = (layer?.overrides ?? {}) as ParameterOverrides;
  return {
    documentNos: layer?.documentNos ?? [],
    set: Object.keys(overrides).sort(),
    unset: packStatus(pack.meta, asOf).kind === 'expired' || packStatus(pack.meta, asOf).kind === 'notYetInForce'
      ? []
      : unsetParameters(pack.parameters, asOf, overrides).map((p) => ({
          id: p.id,
          article: p.citation.article,
          description: p.description,
          defaultValue: p.defaultValue.value,
          note: '本地默认值，非办法规定，请审查部门确认',
        })),
  };
}

/**
 * `check`: the findings of every project on a day, as JSON on stdout. Bad
 * input is a message on stderr and exit code 2; findings do not change the
 * exit code.
 */
export async function checkCommand(args: string[], io: Io): Promise<number> {
  const { regulation, asOf, pack, projects, layer } = await setUp(args);
  const calendar = layer?.calendar ? calendarWith(layer.calendar) : createCheckCalendar();
  const options: CheckOptions = { calendar, ...(layer ? { overrides: layer.overrides as ParameterOverrides } : {}) };
  const results = checkOffice(pack, projects, asOf, options);
  const report = {
    regulation,
    asOf,
    pack: packHead(pack, asOf),
    parameters: parametersHead(pack, asOf, layer),
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

/**
 * `path`: the approval path of every project on a day — steps in order, each
 * with its article and where it stands, including the other procedures an
 * article lists (laohekou 第八条: 政府采购、绩效评价) — as JSON on stdout.
 */
export async function pathCommand(args: string[], io: Io): Promise<number> {
  const { regulation, asOf, pack, projects, layer } = await setUp(args);
  const calendar = layer?.calendar ? calendarWith(layer.calendar) : createCheckCalendar();
  const options: CheckOptions = { calendar, ...(layer ? { overrides: layer.overrides as ParameterOverrides } : {}) };
  const report = {
    regulation,
    asOf,
    pack: packHead(pack, asOf),
    parameters: parametersHead(pack, asOf, layer),
    projects: projects.map((facts) => {
      const path = approvalPathReport(pack, facts, asOf, options);
      return {
        projectId: facts.project.id,
        stage: facts.project.stage,
        steps: path.steps.map((step) => ({
          order: step.order,
          kind: step.kind,
          label: step.label,
          regulation: step.citation.regulation,
          article: step.citation.article,
          quote: step.quote,
          before: step.before,
          beforeLabel: step.beforeLabel,
          strength: step.strength ?? null,
          state: step.state,
        })),
      };
    }),
  };
  io.out(JSON.stringify(report, null, 2));
  return 0;
}
