/**
 * A history entry in plain Chinese: who, when, what, and each change from →
 * to, in words. Pure: the caller passes the office names it knows (trust
 * list, filings, itself), so other offices are named, not coded. Nothing is
 * ever shown as JSON: an unknown value is spelled out key by key.
 */
import { articleLabel } from '../rules/articles/numerals';
import { fenToWanYuan } from './money';
import { DECISION_LABELS, OPINION_KIND_LABELS } from './filing';
import type { z } from 'zod';
import { HISTORY_ACTION_LABELS, type FieldChange, type HistoryEntry, type historyTextSchema } from './history';
import {
  ATTRIBUTE_LABELS,
  COMPLIANCE_LABELS,
  FUNDING_SOURCE_LABELS,
  PROJECT_FIELD_LABELS,
  VALUE_KEY_LABELS,
  VALUE_VOCABULARIES,
} from './history-labels';
import { EVENT_KIND_LABELS } from './lifecycle-events';
import { MATERIAL_LABELS } from './materials';
import type { RegulationId } from './regulations';
import { toBeijingIso } from './time';

/** Looks up an office's name by its code (统一社会信用代码); undefined when unknown. */
export type OfficeNames = (code: string) => string | undefined;

/** One change in words; `before` is absent when nothing came before (a record added, a value first set). */
export type HistoryText = z.infer<typeof historyTextSchema>;
export type HistoryLine = HistoryText['lines'][number];

export const NOTHING = '（无）';

const REGULATION_SHORT: Record<RegulationId, string> = {
  'chenzhou-2022': '郴州',
  'xichuan-2025': '淅川',
  'laohekou-2024': '老河口',
  'heze-2021': '菏泽',
  'xunyang-2022': '浔阳',
};

/** Any ISO timestamp as Beijing wall time to the minute, `2026-12-08 06:51`. */
export function historyMinute(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return toBeijingIso(date).slice(0, 16).replace('T', ' ');
}

/** `label：before → after`, or `label：after` when nothing came before. */
export function historyLineText(line: HistoryLine): string {
  return line.before === undefined ? `${line.label}：${line.after}` : `${line.label}：${line.before} → ${line.after}`;
}

/** The whole entry as one paragraph, for places that hold only text. */
export function historyText(text: HistoryText): string {
  return [`${text.when} ${text.who} ${text.what}`, ...text.lines.map(historyLineText)].join('\n');
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const HEX_DIGEST = /^[0-9a-f]{40,}$/i;

function officeName(names: OfficeNames, code: unknown): string {
  if (typeof code !== 'string' || code === '') return NOTHING;
  return names(code) ?? `单位（代码 ${code}）`;
}

function citationText(value: unknown): string {
  if (!isRecord(value)) return plainValue(value, '');
  const regulation = REGULATION_SHORT[value.regulation as RegulationId] ?? String(value.regulation ?? '');
  return typeof value.article === 'number' ? `${regulation} ${articleLabel(value.article)}` : regulation;
}

function wan(fen: unknown): string {
  return typeof fen === 'number' ? `${fenToWanYuan(fen)} 万元` : plainValue(fen, '');
}

function fileSize(bytes: unknown): string {
  if (typeof bytes !== 'number') return plainValue(bytes, '');
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * A stored value in words, by the key that holds it: amounts in 万元,
 * codes as their labels, yes/no, times to the minute, digests shortened,
 * lists with 、 and records as 键：值；键：值. Never JSON.
 */
export function plainValue(value: unknown, key: string): string {
  if (value === null || value === undefined || value === '') return NOTHING;
  if (key.endsWith('Fen') && typeof value === 'number') return wan(value);
  if (key === 'size') return fileSize(value);
  if (key === 'article' && typeof value === 'number') return articleLabel(value);
  if (key === 'ruleId' && typeof value === 'string') {
    // A rule id names its article (`xichuan-2025/art8-…`): shown as the article, not the code.
    const match = /^([a-z]+-\d{4})\/art(\d+)/.exec(value);
    if (match && match[1]! in REGULATION_SHORT) return `${REGULATION_SHORT[match[1] as RegulationId]} ${articleLabel(Number(match[2]))}`;
  }
  if (key === 'citations' && Array.isArray(value)) return value.length === 0 ? NOTHING : value.map(citationText).join('、');
  const vocabulary = VALUE_VOCABULARIES[key];
  if (Array.isArray(value)) return value.length === 0 ? NOTHING : value.map((item) => plainValue(item, key)).join('、');
  if (vocabulary && (typeof value === 'string' || typeof value === 'number')) return vocabulary[String(value)] ?? String(value);
  if (typeof value === 'boolean') return key === 'passed' ? (value ? '通过' : '未通过') : value ? '是' : '否';
  if (typeof value === 'string') {
    if (ISO_TIMESTAMP.test(value)) return historyMinute(value);
    if (HEX_DIGEST.test(value)) return `${value.slice(0, 8).toUpperCase()}…`;
    return value;
  }
  if (typeof value === 'number') return String(value);
  if (isRecord(value)) {
    const parts = Object.entries(value)
      .filter(([, inner]) => inner !== undefined && inner !== null && inner !== '' && !(Array.isArray(inner) && inner.length === 0))
      .map(([inner, innerValue]) => `${VALUE_KEY_LABELS[inner] ?? inner}：${isRecord(innerValue) ? `（${plainValue(innerValue, inner)}）` : plainValue(innerValue, inner)}`);
    return parts.length === 0 ? NOTHING : parts.join('；');
  }
  return String(value);
}

/** Leaf paths of a record: `{ a: { b: 1 } }` → `[['a.b', 1]]`; arrays are leaves. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (!isRecord(value)) return prefix ? [[prefix, value]] : [];
  return Object.entries(value).flatMap(([key, inner]) => (isRecord(inner) ? leaves(inner, prefix ? `${prefix}.${key}` : key) : [[prefix ? `${prefix}.${key}` : key, inner] as [string, unknown]]));
}

const unset = (value: unknown): boolean => value === undefined || value === null || value === false || value === '';

/** A record's changed leaves, one line each: 涉及国家秘密：否 → 是. */
function recordDiff(before: unknown, after: unknown, labels: Record<string, string>): HistoryLine[] {
  const old = new Map(leaves(before));
  const next = new Map(leaves(after));
  const lines: HistoryLine[] = [];
  for (const path of new Set([...old.keys(), ...next.keys()])) {
    const a = old.get(path);
    const b = next.get(path);
    if (plainValue(a, '') === plainValue(b, '') || (unset(a) && unset(b))) continue;
    const keys = path.split('.');
    const last = keys[keys.length - 1]!;
    const label = keys.map((key) => labels[key] ?? VALUE_KEY_LABELS[key] ?? key).join('·');
    const shown = (value: unknown) => (value === undefined && typeof (b ?? a) === 'boolean' ? '否' : plainValue(value, last));
    lines.push(before === null || before === undefined ? { label, after: shown(b) } : { label, before: shown(a), after: shown(b) });
  }
  return lines;
}

/** A record's fields as lines, each `label：value` (a record added or withdrawn). */
function recordLines(value: unknown, skip: readonly string[] = []): HistoryLine[] {
  if (!isRecord(value)) return value === undefined || value === null ? [] : [{ label: '内容', after: plainValue(value, '') }];
  return Object.entries(value)
    .filter(([key, inner]) => !skip.includes(key) && inner !== undefined && inner !== null && inner !== '' && !(Array.isArray(inner) && inner.length === 0))
    .map(([key, inner]) => ({ label: VALUE_KEY_LABELS[key] ?? key, after: plainValue(inner, key) }));
}

function projectFieldLabel(field: string): string {
  const [head = '', inner] = field.split('.', 2);
  if (head === 'funding' && inner) return `资金来源·${FUNDING_SOURCE_LABELS[inner as keyof typeof FUNDING_SOURCE_LABELS] ?? inner}`;
  return PROJECT_FIELD_LABELS[head] ?? VALUE_KEY_LABELS[head] ?? field;
}

function projectFieldValue(field: string, value: unknown): string {
  const [head = ''] = field.split('.', 1);
  return head === 'funding' ? wan(value) : plainValue(value, head);
}

const versionOf = (value: Record<string, unknown>): string => {
  const version = value.filingVersion ?? value.version;
  return typeof version === 'number' ? `第 ${version} 版申报` : '申报';
};

/** One change of a project's entry: what it says and its lines. */
function projectChange(entry: HistoryEntry, change: FieldChange, names: OfficeNames): { what: string; lines: HistoryLine[] } | null {
  const [head = '', inner = ''] = change.field.split('.', 2);
  const after = isRecord(change.after) ? change.after : {};
  const before = isRecord(change.before) ? change.before : {};
  switch (head) {
    case 'events': {
      const label = EVENT_KIND_LABELS[inner as keyof typeof EVENT_KIND_LABELS] ?? inner;
      if (change.after === null || change.after === undefined) return { what: `撤销事件“${label}”`, lines: recordLines(change.before, ['kind']) };
      return { what: `记录事件“${label}”`, lines: recordLines(change.after, ['kind']) };
    }
    case 'materials': {
      const label = MATERIAL_LABELS[inner as keyof typeof MATERIAL_LABELS] ?? inner;
      if (change.after === null || change.after === undefined) return { what: `撤回材料“${label}”的收到登记`, lines: recordLines(change.before, ['code']) };
      return { what: `登记收到材料“${label}”`, lines: recordLines(change.after, ['code']) };
    }
    case 'attributes':
      return { what: '修改项目属性', lines: recordDiff(change.before, change.after, ATTRIBUTE_LABELS) };
    case 'compliance':
      return { what: '修改合规情况', lines: recordDiff(change.before, change.after, COMPLIANCE_LABELS) };
    case 'attachments': {
      const removed = change.after === null || change.after === undefined;
      const file = removed ? before : after;
      return { what: removed ? `移除附件“${plainValue(file.fileName, '')}”` : `附上文件“${plainValue(file.fileName, '')}”`, lines: recordLines(file, ['id', 'fileName']) };
    }
    case 'filing': {
      if (entry.action === 'receive') {
        return {
          what: `接收${officeName(names, after.unit)}报送的${versionOf(after)}`,
          lines: recordLines(after, ['version', 'unit']),
        };
      }
      return { what: `向${officeName(names, after.to)}报送${versionOf(after)}`, lines: recordLines(after, ['version', 'to']) };
    }
    case 'opinion': {
      const kind = OPINION_KIND_LABELS[inner as keyof typeof OPINION_KIND_LABELS] ?? '审查意见';
      return { what: `记录${kind}（${versionOf(after)}）`, lines: recordLines(after, ['filingVersion', 'kind']) };
    }
    case 'decision': {
      const decision = DECISION_LABELS[after.decision as keyof typeof DECISION_LABELS] ?? plainValue(after.decision, '');
      if (inner === 'sent') return { what: `向${officeName(names, after.to)}发送审查决定“${decision}”（${versionOf(after)}）`, lines: recordLines(after, ['decision', 'filingVersion', 'to']) };
      if (entry.action === 'receive') return { what: `收到审查决定“${decision}”（${versionOf(after)}）`, lines: recordLines(after, ['decision', 'filingVersion']) };
      return { what: `作出审查决定“${decision}”（${versionOf(after)}）`, lines: recordLines(after, ['decision', 'filingVersion']) };
    }
    case 'exceptions':
    case 'exception': {
      // A reasoned exception on a finding (不适用 / 例外): stated, withdrawn, or rejected by the review office.
      const value = isRecord(change.after) ? change.after : isRecord(change.before) ? change.before : {};
      const status = value.status;
      const gone = change.after === null || change.after === undefined || status === 'withdrawn';
      const what = status === 'rejected' ? '例外说明被审查部门驳回' : gone ? '撤回例外说明' : change.before ? '修改例外说明' : '说明例外（不适用）';
      return { what, lines: recordLines(value, ['id', 'status', ...(value.ruleId ? ['article'] : [])]) };
    }
    default:
      return null;
  }
}

function projectEntry(entry: HistoryEntry, names: OfficeNames): { what: string; lines: HistoryLine[] } {
  if (entry.action === 'create' || entry.action === 'import') {
    return {
      what: entry.action === 'create' ? '新建项目登记' : '从台账导入项目',
      lines: entry.changes.map((change) => ({ label: projectFieldLabel(change.field), after: projectFieldValue(change.field, change.after) })),
    };
  }
  const whats: string[] = [];
  const lines: HistoryLine[] = [];
  const fieldLines: HistoryLine[] = [];
  for (const change of entry.changes) {
    const described = projectChange(entry, change, names);
    if (described) {
      whats.push(described.what);
      lines.push(...described.lines);
      continue;
    }
    fieldLines.push({
      label: projectFieldLabel(change.field),
      ...(change.before === undefined ? {} : { before: projectFieldValue(change.field, change.before) }),
      after: projectFieldValue(change.field, change.after),
    });
  }
  if (fieldLines.length > 0) {
    const stageOnly = entry.changes.some((change) => change.field === 'stage') && entry.changes.every((change) => change.field === 'stage' || change.field === 'stageDate');
    whats.unshift(stageOnly ? '变更项目阶段' : '修改项目登记');
  }
  return { what: whats.join('；') || HISTORY_ACTION_LABELS[entry.action], lines: [...fieldLines, ...lines] };
}

const OFFICE_FIELD_LABELS: Record<string, string> = { name: '单位名称', code: '单位代码', algorithm: '算法', reason: '原因' };

/** Entries about the office itself, its keys, trusted offices, policy updates and receipts. */
function otherEntry(entry: HistoryEntry, names: OfficeNames): { what: string; lines: HistoryLine[] } {
  const change = (field: string) => entry.changes.find((candidate) => candidate.field === field);
  const asLines = (): HistoryLine[] =>
    entry.changes.map((item) => ({
      label: OFFICE_FIELD_LABELS[item.field] ?? VALUE_KEY_LABELS[item.field] ?? item.field,
      ...(item.before === undefined || item.before === null ? {} : { before: plainValue(item.before, item.field) }),
      after: item.field === 'code' ? plainValue(item.after, '') : plainValue(item.after, item.field),
    }));
  switch (entry.entityType) {
    case 'office':
      return { what: '完成本机初始设置', lines: asLines() };
    case 'trustedKey': {
      if (entry.action === 'create') return { what: `添加${plainValue(change('officeName')?.after, '')}的公钥到信任列表`, lines: asLines().filter((line) => line.label !== '单位代码') };
      return { what: '更改信任公钥的状态', lines: asLines() };
    }
    case 'officeKey':
      return { what: entry.action === 'create' ? '生成本单位密钥' : '更改本单位密钥', lines: asLines() };
    case 'policy': {
      const after = change('policy')?.after;
      const value = isRecord(after) ? after : {};
      return { what: `接收${officeName(names, value.from)}的政策更新`, lines: recordLines(value, ['from']) };
    }
    case 'bundle': {
      const after = change('acknowledgement')?.after;
      const value = isRecord(after) ? after : {};
      const verdict = value.status === 'refused' ? '拒收' : '已接收';
      return { what: `收到${officeName(names, value.from)}的回执：${verdict}`, lines: recordLines(value, ['from', 'status', 'acknowledges', 'unit']) };
    }
    default:
      return { what: HISTORY_ACTION_LABELS[entry.action], lines: asLines() };
  }
}

/** The entry in words. `names` finds other offices' names by their code. */
export function describeHistoryEntry(entry: HistoryEntry, names: OfficeNames): HistoryText {
  const { what, lines } = entry.entityType === 'project' ? projectEntry(entry, names) : otherEntry(entry, names);
  return { when: historyMinute(entry.at), who: entry.actor, what, lines };
}
