/**
 * May this project move to that stage now? Refusals name the article.
 */
import type { Day } from '../../domain/day';
import { LIFECYCLE_STAGE_LABELS, type LifecycleStage } from '../../domain/enums';
import { EVENT_KIND_LABELS, REVIEW_KIND_LABELS } from '../../domain/lifecycle-events';
import { MATERIAL_LABELS } from '../../domain/materials';
import { applies } from './applicability';
import { stepState, stepsDueBy } from './approval';
import { materialList, missingMaterials } from './checklist';
import { prepare, type CheckOptions } from './context';
import type { ProjectFacts } from './facts';
import type { Refusal, Requirement, Transition, TransitionCheck } from './lifecycle';
import type { RulePack } from './pack';
import type { RuleContext } from './rule';
import { STAGE_RANK } from './stages';
import { FactsView } from './view';

const label = (stage: LifecycleStage): string => `“${LIFECYCLE_STAGE_LABELS[stage]}”`;

function unmet(need: Requirement, view: FactsView, ctx: RuleContext): string | null {
  switch (need.kind) {
    case 'event':
      return view.last(need.event) ? null : `尚无“${EVENT_KIND_LABELS[need.event]}”的记录`;
    case 'material':
      return view.has(need.material) ? null : `缺少${MATERIAL_LABELS[need.material]}`;
    case 'review':
      return view.approved(need.review) ? null : `${REVIEW_KIND_LABELS[need.review]}尚未通过`;
    case 'condition':
      return need.test(view, ctx) ? null : `不满足：${need.label}`;
  }
}

function notListed(pack: RulePack, from: LifecycleStage, to: LifecycleStage): Refusal {
  const into = pack.lifecycle.transitions.filter((transition) => transition.to === to);
  const first = into[0];
  if (!first) {
    return { citation: pack.meta.validityCitation, message: `本办法没有进入${label(to)}阶段的规定。` };
  }
  if (from === to) return { citation: first.citation, message: `项目已处于${label(to)}阶段。` };
  const via = [...new Set(into.map((transition) => label(transition.from)))].join('或');
  return {
    citation: first.citation,
    message: `本办法未规定由${label(from)}直接进入${label(to)}；依“${first.quote}”，应由${via}阶段进入。`,
  };
}

/** Forward moves along the main line carry every step and checklist due by the target. */
function isForward(transition: Transition): boolean {
  return transition.to !== 'rejected' && transition.to !== 'shutDown' && STAGE_RANK[transition.to] > STAGE_RANK[transition.from];
}

export function checkTransition(
  pack: RulePack,
  facts: ProjectFacts,
  to: LifecycleStage,
  asOf: Day,
  options: CheckOptions,
): TransitionCheck {
  const { ctx, validity } = prepare(pack, asOf, options);
  if (!ctx) return { allowed: false, refusals: [{ citation: pack.meta.validityCitation, message: validity?.message ?? '' }], cautions: [] };
  const view = new FactsView(facts, asOf);
  const transition = pack.lifecycle.transitions.find((t) => t.from === view.stage && t.to === to);
  if (!transition) return { allowed: false, refusals: [notListed(pack, view.stage, to)], cautions: [] };

  const refusals: Refusal[] = [];
  const cautions: Refusal[] = [];
  for (const need of transition.needs) {
    if (!applies(view, need.appliesTo)) continue;
    const message = unmet(need, view, ctx);
    if (message) refusals.push({ citation: need.citation, message });
  }
  if (isForward(transition)) {
    for (const step of stepsDueBy(pack.approvalPath(view, ctx), to)) {
      const state = stepState(view, step);
      if (state) (step.strength === 'required' ? refusals : cautions).push({ citation: step.citation, message: `${step.label}${state}` });
    }
    for (const item of pack.checklists) {
      if (STAGE_RANK[item.gate] > STAGE_RANK[to] || !applies(view, item.appliesTo)) continue;
      const missing = missingMaterials(view, item);
      if (missing.length > 0) refusals.push({ citation: item.citation, message: `缺少${materialList(missing)}（${item.title}）` });
    }
  }
  return { allowed: refusals.length === 0, refusals, cautions };
}
