/**
 * Which projects carry an information system of their own. Pure equipment
 * purchases (单纯设备采购, `procurementOnly`) do not, so the security rules of
 * every pack (MLPS, cryptography, periodic assessments) leave them out.
 */
import type { FactsView } from '../view';

export function hasOwnSystem(view: FactsView): boolean {
  return !view.attributes.procurementOnly;
}
