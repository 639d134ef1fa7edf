/**
 * Which facts and events each rule reads: the rules run over sample projects
 * on a view that records every read. For the coverage table (“per article:
 * its rules, the facts they read and the events that trigger them”). Reads
 * are observed, not declared, so a branch no sample reaches is not listed;
 * the table says so.
 */
import type { Day } from '../../domain/day';
import { applies } from './applicability';
import { compiledRulesOf, prepare, type CheckOptions } from './context';
import type { ProjectFacts } from './facts';
import type { RulePack } from './pack';
import { isClosedStage } from './stages';
import { FactsView } from './view';

export interface Reads {
  /** 'stage', 'project.totalInvestmentFen', 'attributes.procurementOnly', 'compliance.sharing', 'material:contract'. */
  readonly facts: Set<string>;
  /** Event kinds ('completed'), and reviews as 'review:technical'. */
  readonly events: Set<string>;
}

const EVENT_READERS = new Set(['all', 'first', 'last', 'firstOnOrAfter']);

function recordingObject<T extends object>(value: T, prefix: string, reads: Reads): T {
  return new Proxy(value, {
    get(target, key) {
      if (typeof key === 'string') reads.facts.add(key === 'stage' && prefix === 'project' ? 'stage' : `${prefix}.${key}`);
      return Reflect.get(target, key) as unknown;
    },
  });
}

function recordingView(view: FactsView, reads: Reads): FactsView {
  const project = recordingObject(view.project, 'project', reads);
  const attributes = recordingObject(view.attributes, 'attributes', reads);
  const compliance = recordingObject(view.compliance, 'compliance', reads);
  return new Proxy(view, {
    get(target, key) {
      if (key === 'project') return project;
      if (key === 'attributes') return attributes;
      if (key === 'compliance') return compliance;
      if (key === 'stage') reads.facts.add('stage');
      const value = Reflect.get(target, key) as unknown;
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (typeof key !== 'string') return method.bind(target);
      if (EVENT_READERS.has(key)) return (kind: string, ...rest: unknown[]) => (reads.events.add(kind), method.call(target, kind, ...rest));
      if (key === 'review' || key === 'approved') return (kind: string) => (reads.events.add(`review:${kind}`), method.call(target, kind));
      if (key === 'has') return (material: string) => (reads.facts.add(`material:${material}`), method.call(target, material));
      if (key === 'atOrAfter' || key === 'isIn') reads.facts.add('stage');
      return method.bind(target);
    },
  });
}

/** Rule id → what it read, over `projects` on each of `days` (days outside the validity are skipped). */
export function traceReads(pack: RulePack, projects: readonly ProjectFacts[], days: readonly Day[], options: CheckOptions): Map<string, Reads> {
  const byRule = new Map<string, Reads>();
  const readsOf = (id: string): Reads => {
    let reads = byRule.get(id);
    if (!reads) byRule.set(id, (reads = { facts: new Set(), events: new Set() }));
    return reads;
  };
  const ignore = (): void => undefined;
  for (const day of days) {
    const { ctx } = prepare(pack, day, options);
    if (!ctx) continue;
    for (const facts of projects) {
      const view = new FactsView(facts, day);
      for (const exclusion of pack.scopeExclusions) applies(recordingView(view, readsOf(exclusion.id)), exclusion.appliesTo);
      const closed = isClosedStage(view.stage);
      for (const rule of compiledRulesOf(pack)) {
        if (closed && rule.checksClosedProjects !== true) continue;
        try {
          rule.check(recordingView(view, readsOf(rule.id)), ctx, ignore);
        } catch {
          // a calendar beyond its data: what was read so far still counts
        }
      }
    }
  }
  return byRule;
}
