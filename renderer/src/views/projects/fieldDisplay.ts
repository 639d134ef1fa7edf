import { lifecycleEventSchema } from '../../../../shared/domain/lifecycle-events';
import { MATERIAL_CODES } from '../../../../shared/domain/materials';
import { projectFieldsSchema } from '../../../../shared/domain/project';
import { i18n } from '../../i18n';
import { wan } from '../../utils/format';
import { EVENT_KINDS, isVocabulary, looseEnumLabel } from '../../utils/labels';
import { eventDetails } from './compliance/eventForm';

const FIELD_NAMES = new Set(Object.keys(projectFieldsSchema.shape));

function isFenField(path: string): boolean {
  return path === 'totalInvestmentFen' || path.startsWith('funding.');
}

/**
 * A history path in words: 项目名称, 资金来源·上级资金, and for the facts
 * beside the fields, 生命周期事件·项目建成 and 材料·项目申报材料.
 */
export function fieldLabel(path: string): string {
  const { t } = i18n.global;
  const [head = '', inner] = path.split('.', 2);
  if (head === 'funding' && inner) return `${t('projects.fields.funding')}·${looseEnumLabel('funding', inner)}`;
  if (head === 'events' && inner) return t('projects.detail.eventsField', { label: looseEnumLabel('eventKind', inner) });
  if (head === 'materials' && inner) return t('projects.detail.materialsField', { label: looseEnumLabel('material', inner) });
  if (head === 'attributes' || head === 'compliance') return t(`projects.detail.${head}Field`);
  return FIELD_NAMES.has(head) ? t(`projects.fields.${head}`) : path;
}

/** A recorded event in words: its day, then its own fields. */
function eventValue(value: unknown): string | null {
  const parsed = lifecycleEventSchema.safeParse(value);
  if (!parsed.success || !EVENT_KINDS.includes(parsed.data.kind)) return null;
  return [parsed.data.date, ...eventDetails(parsed.data), parsed.data.note ?? ''].filter(Boolean).join('；');
}

function materialValue(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || !('code' in value)) return null;
  const { code, date } = value as { code: unknown; date?: unknown };
  if (!(MATERIAL_CODES as readonly unknown[]).includes(code)) return null;
  const { t } = i18n.global;
  return typeof date === 'string' ? t('projects.detail.materialReceived', { date }) : t('projects.detail.materialNoDate');
}

/** A stored value in words: amounts in 万元, codes as their labels, events and materials summed up, nothing as a dash. */
export function fieldValue(path: string, value: unknown): string {
  const { t } = i18n.global;
  if (value === null || value === undefined || value === '') return t('common.none');
  if (isFenField(path) && typeof value === 'number') return t('common.amountWithUnit', { amount: wan(value) });
  if (isVocabulary(path)) return looseEnumLabel(path, value);
  if (path.startsWith('events.')) return eventValue(value) ?? JSON.stringify(value);
  if (path.startsWith('materials.')) return materialValue(value) ?? JSON.stringify(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
