/**
 * A rule pack: one regulation, as data plus small pure functions. Everything
 * a pack update from the review office could change (parameters, checklists,
 * approval steps, transitions' needs) is plain data; the functions only
 * choose among it.
 */
import type { Citation } from '../../domain/regulations';
import type { Applicability } from './applicability';
import type { ApprovalPath, ApprovalStep } from './approval';
import type { ChecklistItem } from './checklist';
import type { DeadlineDefinition } from './deadline';
import type { FactPointer } from './fact-fields';
import type { Lifecycle } from './lifecycle';
import type { Procedures } from './path';
import type { PackMeta } from './meta';
import { validateParameterTable, type ParameterTable } from './parameters';
import type { Rule } from './rule';

/** Projects the regulation sends elsewhere (涉密项目 …): one info finding, no other rule runs. */
export interface ScopeExclusion {
  readonly id: string;
  readonly title: string;
  readonly citation: Citation;
  readonly quote: string;
  readonly appliesTo: Applicability;
  readonly message: string;
  readonly action: string;
}

export interface RulePack<P extends string = string> {
  readonly meta: PackMeta;
  readonly parameters: ParameterTable<P>;
  readonly lifecycle: Lifecycle;
  /** Every step the pack can require (for documentation and meta-tests). */
  readonly approvalSteps: readonly ApprovalStep[];
  /** The steps one project needs: a subset of `approvalSteps`. */
  readonly approvalPath: ApprovalPath<P>;
  /** Other procedures an article lists on the path (采购、绩效评价): printed with it, not judged by it. */
  readonly procedures?: Procedures<P>;
  readonly checklists: readonly ChecklistItem[];
  readonly deadlines: readonly DeadlineDefinition<P>[];
  readonly rules: readonly Rule<P>[];
  readonly scopeExclusions: readonly ScopeExclusion[];
  /** Articles no rule, step, checklist, deadline or parameter cites, each with the reason why. */
  readonly notEncoded: Readonly<Record<number, string>>;
  /**
   * Rule id → the facts it reads, in the order a clerk would fill them (the
   * facts panel shows these; a finding's 去填写 opens the first). Packs
   * without it show every fact.
   */
  readonly reads?: Readonly<Record<string, readonly FactPointer[]>>;
}

export class PackDefinitionError extends Error {
  override name = 'PackDefinitionError';
}

/** Every rule id of the pack, in evaluation order. */
export function ruleIds(pack: RulePack): string[] {
  return [
    ...pack.scopeExclusions.map((exclusion) => exclusion.id),
    ...pack.rules.map((rule) => rule.id),
    ...pack.deadlines.map((deadline) => deadline.id),
    ...pack.checklists.map((item) => item.id),
  ];
}

/** Checks a pack once, when its module loads: parameters, unique and well-formed rule ids. */
export function definePack<P extends string>(pack: RulePack<P>): RulePack<P> {
  validateParameterTable(pack.parameters);
  const seen = new Set<string>();
  for (const id of ruleIds(pack as RulePack)) {
    if (!id.startsWith(`${pack.meta.id}/`)) throw new PackDefinitionError(`规则编号 ${id} 应以 ${pack.meta.id}/ 开头`);
    if (seen.has(id)) throw new PackDefinitionError(`规则编号 ${id} 重复`);
    seen.add(id);
  }
  for (const id of Object.keys(pack.reads ?? {})) {
    if (!seen.has(id)) throw new PackDefinitionError(`事实读取表中的规则编号 ${id} 不在规则包中`);
  }
  return pack;
}
