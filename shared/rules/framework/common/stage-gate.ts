/**
 * An article a lifecycle transition enforces (“进入该阶段须有……”) also gets a
 * finding: a project already at or past the transition's target stage without
 * the event the transition needs under that article. Otherwise the article
 * would be enforced only when someone moves the stage, and a project entered
 * at a later stage (imported, or moved before the rule existed) would never be
 * told. Only event needs are judged here: materials, reviews and conditions
 * have their own checklist and approval rules.
 */
import { LIFECYCLE_STAGE_LABELS } from '../../../domain/enums';
import { EVENT_KIND_LABELS, type EventKind } from '../../../domain/lifecycle-events';
import type { Citation } from '../../../domain/regulations';
import { applies } from '../applicability';
import type { Lifecycle } from '../lifecycle';
import type { Rule } from '../rule';
import { isClosedStage, STAGE_RANK } from '../stages';
import type { LifecycleStage } from '../../../domain/enums';
import { ruleOf } from './rule-head';

export interface StageGateRuleOptions {
  readonly id: string;
  readonly title: string;
  readonly citation: Citation;
  readonly quote: string;
  readonly lifecycle: Lifecycle;
  readonly action: string;
}

interface Gate {
  readonly to: LifecycleStage;
  readonly event: EventKind;
  readonly need: Lifecycle['transitions'][number]['needs'][number];
}

export function stageGateRule<P extends string>(options: StageGateRuleOptions): Rule<P> {
  const { citation, quote, action } = options;
  const gates: Gate[] = [];
  for (const transition of options.lifecycle.transitions) {
    if (isClosedStage(transition.to)) continue;
    for (const need of transition.needs) {
      if (need.kind !== 'event' || need.citation.article !== citation.article) continue;
      if (!gates.some((gate) => gate.to === transition.to && gate.event === need.event)) gates.push({ to: transition.to, event: need.event, need });
    }
  }
  return ruleOf<P>(options, (view, _ctx, report) => {
    for (const gate of gates) {
      if (STAGE_RANK[view.stage] < STAGE_RANK[gate.to] || !applies(view, gate.need.appliesTo) || view.last(gate.event)) continue;
      report({
        severity: 'warning',
        message: `项目已处于“${LIFECYCLE_STAGE_LABELS[view.stage]}”阶段，但尚无“${EVENT_KIND_LABELS[gate.event]}”的记录，而进入“${LIFECYCLE_STAGE_LABELS[gate.to]}”阶段须有此记录；依“${quote}”。`,
        action,
      });
    }
  });
}
