/**
 * Checks a ledger sheet row by row under a column mapping: each cell read as
 * its field (amounts in 万元 to fen exactly, years, the vocabularies' words),
 * then the whole row through the register's own zod schema, then duplicates
 * within the file and against the register. Pure: writes nothing.
 */
import { MAX_REPORTED_ISSUES, type LedgerIssue, type LedgerReport } from '../../../shared/contract/excel';
import { FUNDING_SOURCES, type FundingSource } from '../../../shared/domain/enums';
import { columnLetter, isYuanUnit, LEDGER_FIELD_BY_ID, LEDGER_FIELDS, normaliseHeader, type LedgerColumnPick, type LedgerFieldId } from '../../../shared/domain/ledger';
import { choiceFromText, choiceLabels, type LedgerChoiceField } from '../../../shared/domain/ledger-choices';
import { cellText, isBlank, readWanYuan, readYear, type LedgerCell } from '../../../shared/domain/ledger-values';
import { projectInputSchema, type ProjectFields } from '../../../shared/domain/project';
import { columnHeaders } from './ledger-preview';
import type { LedgerRow, LedgerSheet } from './workbook-reader';

/** A row whose first filled cell says this is skipped: it sums the rows above. */
const TOTAL_ROW_WORDS = new Set(['合计', '总计', '小计', '累计']);
const SAMPLE_SIZE = 5;

/** Two projects are the same when name, unit and planned year agree. */
export function projectKey(name: string, unitName: string, plannedYear: number): string {
  return `${name.trim()}\u0000${unitName.trim()}\u0000${plannedYear}`;
}

export interface LedgerCheckContext {
  /** What unmapped fields become (see `ledgerDefaults`). */
  defaults: Partial<ProjectFields>;
  /** `projectKey` of every project already registered. */
  registered: ReadonlySet<string>;
}

export interface CheckedProject {
  row: number;
  fields: ProjectFields;
}

function fold(text: string): string {
  return text.normalize('NFKC').replace(/\s/g, '');
}

function mappingIssuesOf(sheet: LedgerSheet, headerRow: number, picks: ReadonlyMap<LedgerFieldId, number>, defaults: Partial<ProjectFields>): LedgerReport['mappingIssues'] {
  const issues: LedgerReport['mappingIssues'] = [];
  for (const field of LEDGER_FIELDS) {
    if (field.required && !picks.has(field.id) && (defaults as Record<string, unknown>)[field.id] === undefined) {
      issues.push({ field: field.id, message: `必填栏目“${field.label}”还没有对应的列` });
    }
  }
  const headers = columnHeaders(sheet, headerRow);
  for (const [field, column] of picks) {
    const header = headers[column - 1] ?? '';
    if (LEDGER_FIELD_BY_ID[field].kind === 'amount' && isYuanUnit(normaliseHeader(header).unit)) {
      issues.push({ field, message: `${columnLetter(column)} 列“${header}”以元为单位；本系统按万元导入，请先在表格中换算为万元` });
    }
  }
  return issues;
}

/** The issue's field from a zod path: `funding.superior` for a source, null for the split as a whole. */
function fieldOfPath(path: readonly PropertyKey[]): LedgerFieldId | null {
  const [first, second] = path.map(String);
  if (first === 'funding') return second ? (`funding.${second}` as LedgerFieldId) : null;
  return (first as LedgerFieldId | undefined) ?? null;
}

export function createLedgerCheck(sheet: LedgerSheet, headerRow: number, mapping: readonly LedgerColumnPick[], context: LedgerCheckContext) {
  const picks = new Map(mapping.map((pick) => [pick.field, pick.column] as const));
  const mappingIssues = mappingIssuesOf(sheet, headerRow, picks, context.defaults);
  const suppressed = new Set<LedgerFieldId>(mappingIssues.map((issue) => issue.field));
  const splitMapped = FUNDING_SOURCES.some((source) => picks.has(`funding.${source}`));
  const firstRowOf = new Map<string, number>();
  const valid: CheckedProject[] = [];
  const issues: LedgerIssue[] = [];
  const badRows: number[] = [];
  const skipped: LedgerReport['skipped'] = [];
  let moreIssues = 0;
  let rowsRead = 0;

  const pickedColumns = [...picks.values()];

  function check(row: LedgerRow): void {
    const cellOf = (field: LedgerFieldId): LedgerCell => row.cells[(picks.get(field) ?? 0) - 1] ?? null;
    if (pickedColumns.every((column) => isBlank(row.cells[column - 1] ?? null))) return;
    const first = row.cells.find((cell) => !isBlank(cell));
    if (first !== undefined && TOTAL_ROW_WORDS.has(fold(cellText(first)))) {
      skipped.push({ row: row.number, reason: `“${cellText(first)}”行，不是项目` });
      return;
    }
    rowsRead += 1;

    const rowIssues: LedgerIssue[] = [];
    const failed = new Set<LedgerFieldId>();
    const fail = (field: LedgerFieldId | null, message: string) => {
      if (field) failed.add(field);
      const column = field ? picks.get(field) : undefined;
      rowIssues.push({ row: row.number, column: column ? columnLetter(column) : null, field, message, value: field && column ? cellText(cellOf(field)) : '' });
    };

    const candidate: Record<string, unknown> = { ...context.defaults };
    const funding = Object.fromEntries(FUNDING_SOURCES.map((source) => [source, 0])) as Record<FundingSource, number>;
    let channel: FundingSource = 'other';
    for (const [field, column] of picks) {
      const spec = LEDGER_FIELD_BY_ID[field];
      const cell = row.cells[column - 1] ?? null;
      if (spec.kind === 'text') {
        const text = cellText(cell);
        if (text !== '' || candidate[field] === undefined) candidate[field] = text;
      } else if (spec.kind === 'amount') {
        const reading = readWanYuan(cell, spec.label);
        if (reading === 'blank') {
          if (field === 'totalInvestmentFen') fail(field, `${spec.label}为必填项`);
        } else if ('error' in reading) fail(field, reading.error);
        else if (field === 'totalInvestmentFen') candidate.totalInvestmentFen = reading.value;
        else funding[field.slice('funding.'.length) as FundingSource] = reading.value;
      } else if (spec.kind === 'year') {
        const reading = readYear(cell);
        if (reading === 'blank') fail(field, `${spec.label}为必填项`);
        else if ('error' in reading) fail(field, reading.error);
        else candidate.plannedYear = reading.value;
      } else if (!isBlank(cell)) {
        const choiceField = field as LedgerChoiceField;
        if (choiceField === 'fundingChannel') {
          const named = cellText(cell).split(/[、，,;；/和及]+/).map((word) => choiceFromText('fundingChannel', word)).filter((source) => source !== undefined);
          if (new Set(named).size > 1 && !splitMapped) fail(field, '资金来源列出了多个渠道，无法确定各自金额：请按渠道分列金额（上级资金、本级财政资金等）');
          else if (named.length === 0) fail(field, `资金来源“${cellText(cell)}”无法识别，可填：${choiceLabels('fundingChannel').join('、')}`);
          else channel = named[0]!;
        } else {
          const value = typeof cell === 'number' && choiceField === 'mlpsLevel' ? choiceFromText('mlpsLevel', String(cell)) : choiceFromText(choiceField, cellText(cell));
          if (value === undefined) fail(field, `${spec.label}“${cellText(cell)}”无法识别，可填：${choiceLabels(choiceField).join('、')}`);
          else candidate[field] = value;
        }
      }
    }
    candidate.funding = splitMapped ? funding : { ...funding, [channel]: candidate.totalInvestmentFen ?? 0 };

    const parsed = projectInputSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = fieldOfPath(issue.path);
        if (field && (failed.has(field) || suppressed.has(field))) continue;
        fail(field, issue.message);
      }
    } else if (rowIssues.length === 0) {
      const key = projectKey(parsed.data.name, parsed.data.unitName, parsed.data.plannedYear);
      const earlier = firstRowOf.get(key);
      if (earlier !== undefined) fail('name', `与第 ${earlier} 行重复（项目名称、建设单位、计划年度都相同）`);
      else if (context.registered.has(key)) fail('name', '登记簿中已有该项目（项目名称、建设单位、计划年度都相同）');
      else firstRowOf.set(key, row.number);
    }

    if (rowIssues.length === 0) {
      // A row that fails only on a field the mapping leaves out is the mapping's problem, reported once above.
      if (parsed.success) valid.push({ row: row.number, fields: parsed.data });
      return;
    }
    badRows.push(row.number);
    const room = Math.max(0, MAX_REPORTED_ISSUES - issues.length);
    issues.push(...rowIssues.slice(0, room));
    moreIssues += Math.max(0, rowIssues.length - room);
  }

  return {
    /** The rows under the header, in sheet order. */
    rows: sheet.rows.filter((row) => row.number > headerRow),
    check,
    valid: (): readonly CheckedProject[] => valid,
    /** The valid rows whose project is in `registered` now (the register may have changed since the check began). */
    registeredSince(registered: ReadonlySet<string>): number[] {
      return valid.filter((entry) => registered.has(projectKey(entry.fields.name, entry.fields.unitName, entry.fields.plannedYear))).map((entry) => entry.row);
    },
    report(ledgerId: string): LedgerReport {
      return {
        ledgerId,
        sheet: sheet.name,
        headerRow,
        rows: rowsRead,
        valid: valid.length,
        badRows,
        skipped,
        mappingIssues,
        issues,
        moreIssues,
        sample: valid.slice(0, SAMPLE_SIZE).map((entry) => ({ row: entry.row, project: entry.fields })),
        ready: mappingIssues.length === 0 && badRows.length === 0 && valid.length > 0,
      };
    },
  };
}

/** Why an import is refused, in one sentence naming the rows; null when it may go ahead. */
export function refusalOf(report: LedgerReport): string | null {
  if (report.mappingIssues.length > 0) {
    const more = report.mappingIssues.length > 1 ? `（另有 ${report.mappingIssues.length - 1} 处）` : '';
    return `栏目对应有误：${report.mappingIssues[0]!.message}${more}。未导入任何项目。`;
  }
  if (report.badRows.length > 0) {
    const listed = report.badRows.slice(0, 20).join('、');
    const etc = report.badRows.length > 20 ? ' 等' : '';
    return `台账中有 ${report.badRows.length} 行不符合要求（第 ${listed}${etc} 行），未导入任何项目。请修改后重新导入。`;
  }
  if (report.valid === 0) return '台账中没有可导入的项目。';
  return null;
}

export type LedgerCheck = ReturnType<typeof createLedgerCheck>;
