/**
 * What the mapping step shows: the sheets, the header row (found by its
 * words), each column's header and first values, and the guessed mapping.
 */
import { AppError } from '../../../shared/contract/errors';
import type { LedgerPreview } from '../../../shared/contract/excel';
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
import { columnLetter, guessLedgerMapping, headerRowScore, type LedgerFieldId } from '../../../shared/domain/ledger';
import { cellText, isBlank } from '../../../shared/domain/ledger-values';
import type { ProjectFields } from '../../../shared/domain/project';
import type { LedgerSheet, LedgerWorkbook } from './workbook-reader';

/** The header is looked for among a sheet's first rows (a title and notes may stand above it). */
const HEADER_SEARCH_ROWS = 30;
const SAMPLE_ROWS = 3;

/** The row whose headers (see `columnHeaders`) read most like a ledger's; the earliest on a tie. */
function bestHeaderRow(sheet: LedgerSheet): { row: number; score: number } {
  let best = { row: sheet.rows[0]?.number ?? 1, score: 0 };
  for (const row of sheet.rows.slice(0, HEADER_SEARCH_ROWS)) {
    const score = headerRowScore(columnHeaders(sheet, row.number));
    if (score > best.score) best = { row: row.number, score };
  }
  return best;
}

/**
 * Each column's header. In a two-line header (资金来源 over 上级资金, 本级财政资金,
 * with 项目名称 merged down both lines) a blank header cell takes the words of the
 * row just above it.
 */
export function columnHeaders(sheet: LedgerSheet, headerRow: number): string[] {
  const header = sheet.rows.find((row) => row.number === headerRow)?.cells ?? [];
  const above = sheet.rows.find((row) => row.number === headerRow - 1)?.cells ?? [];
  return Array.from({ length: sheet.columns }, (_, index) => cellText(header[index] ?? null) || cellText(above[index] ?? null));
}

function textOfDefault(field: LedgerFieldId, defaults: Partial<ProjectFields>): string | null {
  switch (field) {
    case 'unitName':
      return defaults.unitName ?? null;
    case 'projectClass':
      return PROJECT_CLASS_LABELS[defaults.projectClass!];
    case 'kind':
      return PROJECT_KIND_LABELS[defaults.kind!];
    case 'source':
      return PROJECT_SOURCE_LABELS[defaults.source!];
    case 'stage':
      return LIFECYCLE_STAGE_LABELS[defaults.stage!];
    case 'cloudDeployment':
      return CLOUD_DEPLOYMENT_LABELS[defaults.cloudDeployment!];
    case 'mlpsLevel':
      return MLPS_LEVEL_LABELS[defaults.mlpsLevel as keyof typeof MLPS_LEVEL_LABELS];
    case 'cryptoPlan':
      return CRYPTO_PLAN_LABELS[defaults.cryptoPlan!];
    case 'dataSharing':
      return DATA_SHARING_LABELS[defaults.dataSharing!];
    case 'description':
      return '（空）';
    case 'contactPerson':
    case 'contactPhone':
      return '（空，待补充）';
    case 'fundingChannel':
      return '其他资金（未对应任何资金栏目时，总投资全部计入其他资金）';
    default:
      return (FUNDING_SOURCES as readonly string[]).some((source) => field === `funding.${source}`) ? '0' : null;
  }
}

export function defaultTexts(defaults: Partial<ProjectFields>): LedgerPreview['defaults'] {
  const fields: LedgerFieldId[] = ['unitName', 'contactPerson', 'contactPhone', 'projectClass', 'kind', 'source', ...FUNDING_SOURCES.map((source) => `funding.${source}` as const), 'fundingChannel', 'stage', 'cloudDeployment', 'mlpsLevel', 'cryptoPlan', 'dataSharing', 'description'];
  return fields.flatMap((field) => {
    const text = textOfDefault(field, defaults);
    return text === null ? [] : [{ field, text }];
  });
}

export function previewLedger(
  ledgerId: string,
  workbook: LedgerWorkbook,
  defaults: Partial<ProjectFields>,
  choice: { sheet?: string; headerRow?: number } = {},
): LedgerPreview {
  const sheet =
    choice.sheet === undefined
      ? [...workbook.sheets].sort((a, b) => bestHeaderRow(b).score - bestHeaderRow(a).score)[0]!
      : workbook.sheets.find((candidate) => candidate.name === choice.sheet);
  if (!sheet) throw new AppError('notFound', `工作簿中没有名为“${choice.sheet}”的工作表。`);
  const headerRow = choice.headerRow ?? bestHeaderRow(sheet).row;
  const headers = columnHeaders(sheet, headerRow);
  const below = sheet.rows.filter((row) => row.number > headerRow);
  const filled = new Set<number>();
  for (const row of below) row.cells.forEach((cell, index) => !isBlank(cell) && filled.add(index + 1));
  const columns = headers
    .map((header, index) => ({
      column: index + 1,
      letter: columnLetter(index + 1),
      header,
      samples: below.slice(0, SAMPLE_ROWS).map((row) => cellText(row.cells[index] ?? null)),
    }))
    .filter((column) => column.header !== '' || filled.has(column.column));
  return {
    ledgerId,
    fileName: workbook.fileName,
    sheets: workbook.sheets.map((candidate) => ({ name: candidate.name, rows: candidate.rows.length, columns: candidate.columns })),
    sheet: sheet.name,
    headerRow,
    dataRows: below.length,
    columns,
    mapping: guessLedgerMapping(columns.filter((column) => column.header !== '')),
    defaults: defaultTexts(defaults),
  };
}
