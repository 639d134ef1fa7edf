/**
 * Whether a pack's regulation is in force on a day, and whether its end is
 * near. Both ends of the validity period are days in force.
 */
import type { Day } from '../../domain/day';
import { daysBetween } from './dates';
import type { FindingDraft } from './finding';
import type { PackMeta } from './meta';

/** Issue 3: the app says when the office's pack is within 90 days of its end. */
export const PACK_END_NOTICE_DAYS = 90;

export type PackStatus =
  | { readonly kind: 'notYetInForce'; readonly validFrom: Day }
  | { readonly kind: 'inForce'; readonly validUntil: Day | null; readonly daysLeft: number | null }
  /** `daysLeft` ≤ 90: 0 on the last day in force. */
  | { readonly kind: 'endingSoon'; readonly validUntil: Day; readonly daysLeft: number }
  | { readonly kind: 'expired'; readonly validUntil: Day };

export function packStatus(meta: PackMeta, asOf: Day): PackStatus {
  if (asOf < meta.validFrom) return { kind: 'notYetInForce', validFrom: meta.validFrom };
  if (meta.validUntil === null) return { kind: 'inForce', validUntil: null, daysLeft: null };
  if (asOf > meta.validUntil) return { kind: 'expired', validUntil: meta.validUntil };
  const daysLeft = daysBetween(asOf, meta.validUntil);
  return daysLeft <= PACK_END_NOTICE_DAYS
    ? { kind: 'endingSoon', validUntil: meta.validUntil, daysLeft }
    : { kind: 'inForce', validUntil: meta.validUntil, daysLeft };
}

export function isInForce(status: PackStatus): boolean {
  return status.kind === 'inForce' || status.kind === 'endingSoon';
}

/** The finding about the pack itself, or null while plainly in force. */
export function validityDraft(meta: PackMeta, status: PackStatus): FindingDraft | null {
  const title = `《${meta.title}》`;
  switch (status.kind) {
    case 'inForce':
      return null;
    case 'endingSoon':
      return {
        severity: 'info',
        message: `${title}施行至 ${status.validUntil}（“${meta.validityQuote}”），还剩 ${status.daysLeft} 天。`,
        action: '请关注审查部门是否发布修订或延续施行的办法，并及时更新规则包。',
        dueDate: status.validUntil,
      };
    case 'expired':
      return {
        severity: 'warning',
        message: `${title}已于 ${status.validUntil} 届满失效（“${meta.validityQuote}”），本项目未再按其检查。`,
        action: '请向审查部门确认现行有效的管理办法，并更新规则包后重新检查。',
      };
    case 'notYetInForce':
      return {
        severity: 'warning',
        message: `${title}自 ${status.validFrom} 起施行，检查日期尚未施行，本项目未按其检查。`,
        action: '请确认检查日期和适用的管理办法。',
      };
  }
}
