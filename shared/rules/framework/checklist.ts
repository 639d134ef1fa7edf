/**
 * Checklists: the materials a project must have before it enters a stage, as
 * plain data. Each item becomes a rule and a requirement of every transition
 * into the gate or beyond.
 *
 * An item bound to the event that calls for it (`at`: the 立项 request, the
 * declaration, the acceptance) is judged from that event's day and by date: a
 * material dated after the event is late, one without a date is 日期不详. Until
 * such an event is recorded, or for an item without one, the gate decides
 * (stage field or events past it) and presence is enough.
 */
import { LIFECYCLE_STAGE_LABELS, type LifecycleStage } from '../../domain/enums';
import { MATERIAL_LABELS, type MaterialCode } from '../../domain/materials';
import type { Citation } from '../../domain/regulations';
import { applies, type Applicability } from './applicability';
import { checkpointDay, type Checkpoint } from './checkpoint';
import type { FindingDraft, Severity } from './finding';
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
  /** The event the article ties the materials to; they must be dated on or before its day. */
  readonly at?: Checkpoint;
}

export function missingMaterials(view: FactsView, item: ChecklistItem): MaterialCode[] {
  return item.materials.filter((material) => !view.has(material));
}

export function materialList(materials: readonly MaterialCode[]): string {
  return materials.map((material) => MATERIAL_LABELS[material]).join('、');
}

/** The finding for an item judged at its event's day, or null when every material was there by then. */
function atCheckpoint(view: FactsView, item: ChecklistItem, checkpoint: Checkpoint, day: string): FindingDraft | null {
  let allInTime = true; // first without allocating: most projects have everything in time
  for (const material of item.materials) {
    const date = view.materialDate(material);
    if (date === undefined || date === null || date > day) allInTime = false;
  }
  if (allInTime) return null;
  const missing: MaterialCode[] = [];
  const late: string[] = [];
  const undated: MaterialCode[] = [];
  for (const material of item.materials) {
    const date = view.materialDate(material);
    if (date === undefined) missing.push(material);
    else if (date === null) undated.push(material);
    else if (date > day) late.push(`${MATERIAL_LABELS[material]}（${date}）`);
  }
  if (missing.length === 0 && late.length === 0 && undated.length === 0) return null;
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`尚缺：${materialList(missing)}`);
  if (late.length > 0) parts.push(`日期晚于${checkpoint.label}：${late.join('、')}`);
  if (undated.length > 0) parts.push(`日期不详：${materialList(undated)}，无法确认在${checkpoint.label}之前已具备`);
  const head = `项目于 ${day} ${checkpoint.label}；依“${item.quote}”，此时应已具备：${materialList(item.materials)}。${parts.join('；')}。`;
  const fix = [...missing, ...undated];
  return {
    // Only 日期不详: nothing shows the rule was broken, but nothing shows it was kept.
    severity: missing.length > 0 || late.length > 0 ? (item.severity ?? 'warning') : 'info',
    message: head,
    action:
      missing.length > 0 || undated.length > 0
        ? `请补充并上传${fix.length > 0 ? `：${materialList(fix)}` : ''}，并登记材料的形成日期。`
        : `材料形成于${checkpoint.label}之后：请说明原因，必要时按程序补办。`,
  };
}

export function checklistRule(item: ChecklistItem): Rule {
  return {
    id: item.id,
    title: item.title,
    citation: item.citation,
    quote: item.quote,
    check(view, _ctx, report) {
      if (!applies(view, item.appliesTo)) return;
      const day = item.at ? checkpointDay(view, item.at) : undefined;
      if (item.at && day !== undefined) {
        const draft = atCheckpoint(view, item, item.at, day);
        if (draft) report(draft);
        return;
      }
      if (!view.atOrAfter(item.gate)) return;
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
