/**
 * Checklists: the materials a project must have before it enters a stage, as
 * plain data. Each item becomes a rule (missing materials once the project is
 * at or past the gate) and a requirement of every transition into the gate or
 * beyond.
 */
import { LIFECYCLE_STAGE_LABELS, type LifecycleStage } from '../../domain/enums';
import { MATERIAL_LABELS, type MaterialCode } from '../../domain/materials';
import type { Citation } from '../../domain/regulations';
import { applies, type Applicability } from './applicability';
import type { Severity } from './finding';
import type { Rule } from './rule';
import type { FactsView } from './view';

export interface ChecklistItem {
  /** Rule id, `<regulation>/art<N>-<what>`. */
  readonly id: string;
  readonly title: string;
  readonly citation: Citation;
  readonly quote: string;
  /** The materials must be there before the project enters this stage. */
  readonly gate: LifecycleStage;
  readonly materials: readonly MaterialCode[];
  readonly appliesTo?: Applicability;
  /** Severity when missing past the gate; `warning` unless the article forbids going on. */
  readonly severity?: Severity;
}

export function missingMaterials(view: FactsView, item: ChecklistItem): MaterialCode[] {
  return item.materials.filter((material) => !view.has(material));
}

export function materialList(materials: readonly MaterialCode[]): string {
  return materials.map((material) => MATERIAL_LABELS[material]).join('、');
}

export function checklistRule(item: ChecklistItem): Rule {
  return {
    id: item.id,
    title: item.title,
    citation: item.citation,
    quote: item.quote,
    check(view, _ctx, report) {
      if (!applies(view, item.appliesTo) || !view.atOrAfter(item.gate)) return;
      if (item.materials.every((material) => view.has(material))) return;
      const missing = missingMaterials(view, item);
      report({
        severity: item.severity ?? 'warning',
        message: `依“${item.quote}”，进入“${LIFECYCLE_STAGE_LABELS[item.gate]}”阶段前应具备：${materialList(item.materials)}；尚缺：${materialList(missing)}。`,
        action: `请补充并上传：${materialList(missing)}。`,
      });
    },
  };
}
