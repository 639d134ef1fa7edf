/**
 * A project ledger (项目台账) as offices keep it in WPS or Excel: the register
 * fields it can fill, the header words that name each, and the defaults for
 * what a ledger leaves out. The register export writes these same headers, so
 * an exported register imports again unchanged.
 */
import { FUNDING_SOURCE_LABELS, FUNDING_SOURCES } from './enums';
import type { ProjectFields } from './project';

/** What a ledger column can fill: a register field (funding as `funding.<source>`), or 资金来源 naming one source. */
export const LEDGER_FIELD_IDS = [
  'name',
  'unitName',
  'contactPerson',
  'contactPhone',
  'projectClass',
  'kind',
  'source',
  'totalInvestmentFen',
  ...FUNDING_SOURCES.map((source) => `funding.${source}` as const),
  'fundingChannel',
  'plannedYear',
  'stage',
  'cloudDeployment',
  'mlpsLevel',
  'cryptoPlan',
  'dataSharing',
  'description',
] as const;
export type LedgerFieldId = (typeof LEDGER_FIELD_IDS)[number];

export type LedgerFieldKind = 'text' | 'amount' | 'year' | 'choice';

export interface LedgerField {
  id: LedgerFieldId;
  /** The field's name, as messages say it ("总投资"). */
  label: string;
  /** The column header the register export writes ("总投资（万元）"). */
  header: string;
  kind: LedgerFieldKind;
  /** A ledger without this column cannot be imported (unless a default stands in, see `ledgerDefaults`). */
  required: boolean;
  /** Header words that name the field, normalised (see `normaliseHeader`), most specific first. */
  aliases: readonly string[];
}

const text = (id: LedgerFieldId, label: string, required: boolean, aliases: string[]): LedgerField => ({ id, label, header: label, kind: 'text', required, aliases: [label, ...aliases] });
const choice = (id: LedgerFieldId, label: string, aliases: string[]): LedgerField => ({ id, label, header: label, kind: 'choice', required: false, aliases: [label, ...aliases] });
const amount = (id: LedgerFieldId, label: string, required: boolean, aliases: string[]): LedgerField => ({ id, label, header: `${label}（万元）`, kind: 'amount', required, aliases: [label, ...aliases] });

const FUNDING_ALIASES: Record<(typeof FUNDING_SOURCES)[number], string[]> = {
  superior: ['上级补助资金', '上级补助', '中央资金', '省级资金'],
  localFiscal: ['本级财政', '财政资金', '县级财政资金', '本级资金'],
  selfRaised: ['自筹资金', '自筹'],
  social: ['社会资金'],
  other: ['其他'],
};

export const LEDGER_FIELDS: readonly LedgerField[] = [
  text('name', '项目名称', true, ['项目全称', '项目名', '名称']),
  text('unitName', '建设单位', true, ['项目建设单位', '项目单位', '申报单位', '实施单位', '责任单位', '单位名称', '单位']),
  // Optional: the register allows blank contacts, and many ledgers keep none (issue 14).
  text('contactPerson', '项目负责人', false, ['负责人', '联系人']),
  text('contactPhone', '联系电话', false, ['联系方式', '电话', '手机号码', '手机']),
  choice('projectClass', '项目类别', ['项目类型', '项目分类', '类别']),
  choice('kind', '建设性质', ['建设类型', '性质']),
  choice('source', '项目来源', ['来源']),
  amount('totalInvestmentFen', '总投资', true, ['项目总投资', '总投资额', '投资总额', '投资额', '投资金额', '项目金额', '预算金额', '总金额', '概算']),
  ...FUNDING_SOURCES.map((source) => amount(`funding.${source}`, FUNDING_SOURCE_LABELS[source], false, FUNDING_ALIASES[source])),
  choice('fundingChannel', '资金来源', ['经费来源', '资金渠道', '经费渠道']),
  { id: 'plannedYear', label: '计划年度', header: '计划年度', kind: 'year', required: true, aliases: ['计划年度', '计划年份', '立项年度', '建设年度', '实施年度', '年度', '年份'] },
  choice('stage', '项目阶段', ['当前阶段', '项目状态', '建设进度', '进展情况', '阶段', '状态']),
  choice('cloudDeployment', '部署方式', ['部署情况', '是否上云', '部署']),
  choice('mlpsLevel', '等保级别', ['等级保护级别', '等级保护', '等保']),
  choice('cryptoPlan', '密码应用情况', ['商用密码应用', '密码应用', '密评']),
  choice('dataSharing', '数据共享情况', ['数据共享', '共享情况', '信息共享']),
  text('description', '项目概述', false, ['主要建设内容', '建设内容', '项目简介', '概述', '备注', '说明']),
];

export const LEDGER_FIELD_BY_ID: Readonly<Record<LedgerFieldId, LedgerField>> = Object.fromEntries(LEDGER_FIELDS.map((field) => [field.id, field])) as Record<LedgerFieldId, LedgerField>;

/** A header cell reduced to comparable words: full-width forms folded, spaces and required-markers dropped. */
export function normaliseHeader(header: string): { words: string; unit: string | null } {
  const folded = header.normalize('NFKC').replace(/[\s*※]/g, '').toLowerCase();
  const match = /^(.*?)[(（]([^()（）]*)[)）]$/.exec(folded);
  if (!match) return { words: folded, unit: null };
  return { words: match[1]!, unit: match[2]! };
}

/** Whether a header's unit says 元 but not 万元: such a column is refused as an amount (the register keeps 万元). */
export function isYuanUnit(unit: string | null): boolean {
  return unit !== null && unit.includes('元') && !unit.includes('万');
}

/** How well a header names a field: 3 exact, 2 the header contains one of its words, 0 not at all. */
function headerScore(field: LedgerField, header: string): number {
  const { words, unit } = normaliseHeader(header);
  if (!words) return 0;
  // An amount column says so in its unit or words; a column in 万元 fills only amounts.
  if (unit !== null && unit.includes('万元') && field.kind !== 'amount') return 0;
  if (field.aliases.includes(words)) return 3 + 1 / (1 + field.aliases.indexOf(words));
  const contained = field.aliases.filter((alias) => alias.length >= 2 && words.includes(alias));
  return contained.length > 0 ? 2 + Math.max(...contained.map((alias) => alias.length)) / 100 : 0;
}

export interface LedgerColumnPick {
  field: LedgerFieldId;
  /** 1-based column number (A = 1), as the sheet numbers it. */
  column: number;
}

/** The likeliest column for each field, from the header words: each field and each column used at most once. */
export function guessLedgerMapping(headers: readonly { column: number; header: string }[]): LedgerColumnPick[] {
  const candidates: { field: LedgerFieldId; column: number; score: number }[] = [];
  for (const { column, header } of headers) {
    for (const field of LEDGER_FIELDS) {
      const score = headerScore(field, header);
      if (score > 0) candidates.push({ field: field.id, column, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const usedFields = new Set<LedgerFieldId>();
  const usedColumns = new Set<number>();
  const picks: LedgerColumnPick[] = [];
  for (const candidate of candidates) {
    if (usedFields.has(candidate.field) || usedColumns.has(candidate.column)) continue;
    usedFields.add(candidate.field);
    usedColumns.add(candidate.column);
    picks.push({ field: candidate.field, column: candidate.column });
  }
  return picks.sort((a, b) => LEDGER_FIELD_IDS.indexOf(a.field) - LEDGER_FIELD_IDS.indexOf(b.field));
}

/** How many of a row's cells read as ledger headers: the header row is the row that scores most. */
export function headerRowScore(cells: readonly string[]): number {
  return cells.filter((cell) => LEDGER_FIELDS.some((field) => headerScore(field, cell) >= 3)).length;
}

/**
 * What an unmapped field becomes. The choices default to what claims nothing
 * done (未定级, 未规划, 尚未确定…), so the compliance check asks rather than
 * trusts; a unit's own ledger may leave out the unit, which is the office.
 */
export function ledgerDefaults(office: { role: 'unit' | 'reviewOffice'; name: string } | null): Partial<ProjectFields> {
  return {
    ...(office?.role === 'unit' ? { unitName: office.name } : {}),
    // A ledger without contact columns leaves them blank, for the unit to fill before filing.
    contactPerson: '',
    contactPhone: '',
    projectClass: 'investment',
    kind: 'new',
    source: 'unit',
    stage: 'draft',
    cloudDeployment: 'undecided',
    mlpsLevel: 0,
    cryptoPlan: 'none',
    dataSharing: 'none',
    description: '',
  };
}

/** "A", "B", … "Z", "AA": the column letters the sheet shows. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}
