import { projectFieldsSchema } from '../../../../shared/domain/project';
import { i18n } from '../../i18n';
import { wan } from '../../utils/format';
import { isVocabulary, looseEnumLabel } from '../../utils/labels';

const FIELD_NAMES = new Set(Object.keys(projectFieldsSchema.shape));

function isFenField(path: string): boolean {
  return path === 'totalInvestmentFen' || path.startsWith('funding.');
}

/** A history path (`name`, `funding.superior`) in words: 项目名称, 资金来源·上级资金. */
export function fieldLabel(path: string): string {
  const { t } = i18n.global;
  const [head = '', inner] = path.split('.', 2);
  if (head === 'funding' && inner) return `${t('projects.fields.funding')}·${looseEnumLabel('funding', inner)}`;
  return FIELD_NAMES.has(head) ? t(`projects.fields.${head}`) : path;
}

/** A stored value in words: amounts in 万元, codes as their labels, nothing as a dash. */
export function fieldValue(path: string, value: unknown): string {
  const { t } = i18n.global;
  if (value === null || value === undefined || value === '') return t('common.none');
  if (isFenField(path) && typeof value === 'number') return t('common.amountWithUnit', { amount: wan(value) });
  if (isVocabulary(path)) return looseEnumLabel(path, value);
  return String(value);
}
