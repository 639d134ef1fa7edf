/**
 * The four tables the register exports: the register itself (with the
 * ledger's headers, so it imports again), the findings, the deadlines, and
 * the 政务信息系统基础目录清单 (xichuan 第二十八条's fields).
 */
import { EXPORT_TABLE_TITLES, type ExportTable } from '../../../shared/contract/excel';
import { calendarDaysBetween } from '../../../shared/calendar';
import {
  CLOUD_DEPLOYMENT_LABELS,
  CRYPTO_PLAN_LABELS,
  DATA_SHARING_LABELS,
  FUNDING_SOURCES,
  LIFECYCLE_STAGE_LABELS,
  MLPS_LEVEL_LABELS,
  PROJECT_CLASS_LABELS,
  PROJECT_KIND_LABELS,
  PROJECT_SOURCE_LABELS,
} from '../../../shared/domain/enums';
import { LEDGER_FIELD_BY_ID, type LedgerFieldId } from '../../../shared/domain/ledger';
import { fenToWanYuan } from '../../../shared/domain/money';
import type { Project } from '../../../shared/domain/project';
import { articleLabel, REGULATION_TEXTS } from '../../../shared/rules/articles';
import { SEVERITY_LABELS, type Finding } from '../../../shared/rules/framework/finding';
import { inventoryLine, type InventoryLine } from '../documents/forms/system-inventory';
import type { FeatureDeps } from '../feature-deps';
import { writeExportTable, type ExportColumn, type ExportTableSpec } from './export-writer';
import { registerBatches, registerCount } from './register-reads';
import type { ReadControl } from './workbook-reader';

const BATCH = 1_000;
const MONEY = '0.00';

type OfficeFinding = Finding & { projectName: string; unitName: string };

/** 万元 as a number cell showing two decimals; exact, since it is read from the decimal text. */
const wanYuan = (fen: number): number => Number(fenToWanYuan(fen));

function numbered<T>(columns: ExportColumn<T & { index: number }>[]): ExportColumn<T & { index: number }>[] {
  return [{ header: '序号', width: 7, value: (row) => row.index }, ...columns];
}

function withIndex<T>(batches: Iterable<readonly T[]>): Iterable<(T & { index: number })[]> {
  return (function* () {
    let index = 0;
    for (const batch of batches) yield batch.map((row) => ({ ...row, index: (index += 1) }));
  })();
}

const field = (id: LedgerFieldId, width: number, value: (project: Project) => string | number): ExportColumn<Project> => ({
  header: LEDGER_FIELD_BY_ID[id].header,
  width,
  value,
  ...(LEDGER_FIELD_BY_ID[id].kind === 'amount' ? { numFmt: MONEY } : {}),
});

/** The register's columns: the ledger's headers in its order, then what the register adds. */
export const REGISTER_COLUMNS: readonly ExportColumn<Project>[] = [
  field('name', 40, (project) => project.name),
  field('unitName', 24, (project) => project.unitName),
  field('contactPerson', 10, (project) => project.contactPerson),
  field('contactPhone', 16, (project) => project.contactPhone),
  field('projectClass', 14, (project) => PROJECT_CLASS_LABELS[project.projectClass]),
  field('kind', 10, (project) => PROJECT_KIND_LABELS[project.kind]),
  field('source', 10, (project) => PROJECT_SOURCE_LABELS[project.source]),
  field('totalInvestmentFen', 14, (project) => wanYuan(project.totalInvestmentFen)),
  ...FUNDING_SOURCES.map((source) => field(`funding.${source}`, 14, (project) => wanYuan(project.funding[source]))),
  field('plannedYear', 10, (project) => project.plannedYear),
  field('stage', 14, (project) => LIFECYCLE_STAGE_LABELS[project.stage]),
  field('cloudDeployment', 14, (project) => CLOUD_DEPLOYMENT_LABELS[project.cloudDeployment]),
  field('mlpsLevel', 10, (project) => MLPS_LEVEL_LABELS[project.mlpsLevel as keyof typeof MLPS_LEVEL_LABELS]),
  field('cryptoPlan', 18, (project) => CRYPTO_PLAN_LABELS[project.cryptoPlan]),
  field('dataSharing', 22, (project) => DATA_SHARING_LABELS[project.dataSharing]),
  field('description', 40, (project) => project.description),
  { header: '登记时间', width: 20, value: (project) => project.createdAt.slice(0, 19).replace('T', ' ') },
  { header: '最后修改时间', width: 20, value: (project) => project.updatedAt.slice(0, 19).replace('T', ' ') },
  { header: '版本', width: 6, value: (project) => project.version },
];

const citation = (finding: Finding): string => `${REGULATION_TEXTS[finding.regulation].title} ${articleLabel(finding.article)}`;

const FINDING_COLUMNS: ExportColumn<OfficeFinding & { index: number }>[] = numbered<OfficeFinding>([
  { header: '项目名称', width: 36, value: (row) => row.projectName },
  { header: '建设单位', width: 22, value: (row) => row.unitName },
  { header: '严重程度', width: 9, value: (row) => SEVERITY_LABELS[row.severity] },
  { header: '问题', width: 60, value: (row) => row.message },
  { header: '处理建议', width: 40, value: (row) => row.action },
  { header: '依据', width: 40, value: citation },
  { header: '期限', width: 12, value: (row) => row.dueDate ?? '' },
]);

/** "已逾期 3 天", "今日到期", "还有 12 天". */
export function deadlineState(dueDate: string, asOf: string): string {
  const days = calendarDaysBetween(asOf, dueDate);
  if (days < 0) return `已逾期 ${-days} 天`;
  return days === 0 ? '今日到期' : `还有 ${days} 天`;
}

export type InventoryRow = InventoryLine & { unitName: string };

const INVENTORY_COLUMNS = numbered<InventoryRow>([
  { header: '系统名称', width: 30, value: (row) => row.systemName },
  { header: '所属项目', width: 36, value: (row) => row.projectName },
  { header: '建设单位', width: 22, value: (row) => row.unitName },
  { header: '类型', width: 12, value: (row) => row.systemType },
  { header: '建设依据', width: 24, value: (row) => row.basis },
  { header: '审批部门和文件号', width: 28, value: (row) => row.approval.replace(/\n/g, '；') },
  { header: '投资额度（万元）', width: 14, value: (row) => wanYuan(row.investmentFen), numFmt: MONEY },
  { header: '运维费用（万元/年）', width: 14, value: (row) => (row.omCostFen === null ? null : wanYuan(row.omCostFen)), numFmt: MONEY },
  { header: '经费渠道', width: 20, value: (row) => row.fundingChannel },
  { header: '信息资源目录', width: 20, value: (row) => row.resourceCatalogue },
  { header: '信息共享开放情况', width: 22, value: (row) => row.sharingStatus },
  { header: '等级保护和分级保护情况', width: 26, value: (row) => row.protectionStatus },
  { header: '绩效指标', width: 30, value: (row) => row.performanceIndicators },
]);

/**
 * The 基础目录清单 of given rows as a workbook (the batch's departmental list
 * beside its PDF), with the same columns as the register's inventory export.
 */
export function writeInventoryWorkbook(target: string, sheetName: string, rows: readonly InventoryRow[], control: ReadControl): Promise<number> {
  return writeExportTable(target, { sheetName, columns: INVENTORY_COLUMNS, count: () => rows.length, batches: () => withIndex(chunks(rows)) }, control, sheetName);
}

function* chunks<T>(rows: readonly T[]): Generator<readonly T[]> {
  for (let start = 0; start < rows.length; start += BATCH) yield rows.slice(start, start + BATCH);
}

function findingPages(deps: FeatureDeps): Iterable<OfficeFinding[]> {
  return (function* () {
    for (let page = 1; ; page += 1) {
      const { rows } = deps.compliance.officeFindings({ severity: null, page, pageSize: BATCH });
      if (rows.length === 0) return;
      yield rows;
    }
  })();
}

/** A table ready to write: its rows are read as it is written. */
export type PreparedExport = (target: string, control: ReadControl) => Promise<number>;

function prepare<T>(spec: ExportTableSpec<T>, label: string): PreparedExport {
  return (target, control) => writeExportTable(target, spec, control, label);
}

/** The table's rows and columns, read when the export runs. */
export function prepareExport(table: ExportTable, deps: FeatureDeps): PreparedExport {
  const { db } = deps.context.handle;
  const label = EXPORT_TABLE_TITLES[table];
  switch (table) {
    case 'register':
      return prepare({ sheetName: label, columns: REGISTER_COLUMNS, count: () => registerCount(db), batches: () => registerBatches(db, BATCH) }, label);
    case 'findings':
      return prepare(
        {
          sheetName: label,
          columns: FINDING_COLUMNS,
          count: () => deps.compliance.officeFindings({ severity: null, page: 1, pageSize: 1 }).total,
          batches: () => withIndex(findingPages(deps)),
        },
        label,
      );
    case 'deadlines': {
      // Every finding with a due date: the overdue ones first, then those to come (a century ahead: all of them).
      const { asOf, overdue, upcoming } = deps.compliance.officeDeadlines({ withinDays: 36_500, limit: 10_000_000 });
      const columns = numbered<OfficeFinding>([
        { header: '期限', width: 12, value: (row) => row.dueDate ?? '' },
        { header: `状态（截至 ${asOf}）`, width: 16, value: (row) => (row.dueDate ? deadlineState(row.dueDate, asOf) : '') },
        ...FINDING_COLUMNS.filter((column) => column.header !== '序号' && column.header !== '期限'),
      ]);
      const rows = [...overdue, ...upcoming];
      return prepare({ sheetName: label, columns, count: () => rows.length, batches: () => withIndex(chunks(rows)) }, label);
    }
    case 'inventory': {
      const lines = (function* () {
        for (const batch of registerBatches(db, BATCH, 'operation')) {
          yield batch.map((project): InventoryRow => ({ ...inventoryLine({ ...deps.facts.factsOf(project.id), findings: [] }), unitName: project.unitName }));
        }
      })();
      return prepare({ sheetName: label, columns: INVENTORY_COLUMNS, count: () => registerCount(db, 'operation'), batches: () => withIndex(lines) }, label);
    }
  }
}
