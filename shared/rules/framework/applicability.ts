/**
 * Which projects a checklist item, requirement or scope rule concerns, as
 * plain data (so a pack update can change it without code): every listed
 * condition must hold; an absent condition holds.
 */
import type { FundingSource, OwnerType, ProjectClass, ProjectKind } from '../../domain/enums';
import type { AttributeFlag } from './facts';
import type { FactsView } from './view';

export interface Applicability {
  readonly classes?: readonly ProjectClass[];
  readonly kinds?: readonly ProjectKind[];
  /** Attribute flags and the value each must have, e.g. `{ procurementOnly: false }`. */
  readonly flags?: Readonly<Partial<Record<AttributeFlag, boolean>>>;
  /** The owner's type is one of these (an owner type not recorded matches none). */
  readonly ownerTypes?: readonly OwnerType[];
  /** The project has an investment and none of it comes from these sources. */
  readonly noFundsFrom?: readonly FundingSource[];
}

export function applies(view: FactsView, applicability: Applicability | undefined): boolean {
  if (!applicability) return true;
  const { classes, kinds, flags, ownerTypes, noFundsFrom } = applicability;
  if (classes && !classes.includes(view.project.projectClass)) return false;
  if (kinds && !kinds.includes(view.project.kind)) return false;
  if (ownerTypes) {
    const owner = view.project.ownerType;
    if (owner === undefined || !ownerTypes.includes(owner)) return false;
  }
  if (noFundsFrom) {
    const { funding, totalInvestmentFen } = view.project;
    if (totalInvestmentFen === 0 || noFundsFrom.some((source) => funding[source] > 0)) return false;
  }
  if (flags) {
    for (const key in flags) {
      const flag = key as AttributeFlag;
      if (view.attributes[flag] !== flags[flag]) return false;
    }
  }
  return true;
}
