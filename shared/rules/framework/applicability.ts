/**
 * Which projects a checklist item, requirement or scope rule concerns, as
 * plain data (so a pack update can change it without code): every listed
 * condition must hold; an absent condition holds.
 */
import type { ProjectClass, ProjectKind } from '../../domain/enums';
import type { AttributeFlag } from './facts';
import type { FactsView } from './view';

export interface Applicability {
  readonly classes?: readonly ProjectClass[];
  readonly kinds?: readonly ProjectKind[];
  /** Attribute flags and the value each must have, e.g. `{ procurementOnly: false }`. */
  readonly flags?: Readonly<Partial<Record<AttributeFlag, boolean>>>;
}

export function applies(view: FactsView, applicability: Applicability | undefined): boolean {
  if (!applicability) return true;
  const { classes, kinds, flags } = applicability;
  if (classes && !classes.includes(view.project.projectClass)) return false;
  if (kinds && !kinds.includes(view.project.kind)) return false;
  if (flags) {
    for (const key in flags) {
      const flag = key as AttributeFlag;
      if (view.attributes[flag] !== flags[flag]) return false;
    }
  }
  return true;
}
