/**
 * Runs one rule or deadline built by a common builder on hand-made facts, with
 * a hand-made context (the test calendar and the given parameter values).
 */
import type { Day } from '../../../../../../shared/domain/day';
import { packFor } from '../../../../../../shared/rules';
import { deadlineRule, type DeadlineDefinition } from '../../../../../../shared/rules/framework/deadline';
import type { ProjectFacts } from '../../../../../../shared/rules/framework/facts';
import type { FindingDraft } from '../../../../../../shared/rules/framework/finding';
import { citeIn } from '../../../../../../shared/rules/framework/finding';
import type { Rule, RuleContext } from '../../../../../../shared/rules/framework/rule';
import { FactsView } from '../../../../../../shared/rules/framework/view';
import { testCalendar } from '../../support/calendar';

/** Any regulation will do for a builder test; the framework adds nothing to drafts here. */
export const art = citeIn('xichuan-2025');

export function context(asOf: Day, params: Record<string, number | string> = {}): RuleContext {
  const read = (id: string): number | string => {
    const value = params[id];
    if (value === undefined) throw new Error(`no parameter ${id} in this test`);
    return value;
  };
  return {
    asOf,
    calendar: testCalendar,
    params: {
      number: (id) => read(id) as number,
      monthDay: (id) => read(id) as string,
      value: (id) => ({ from: '2025-01-01', until: null, value: read(id) }),
    },
    dueSoonDays: 30,
    meta: packFor('xichuan-2025').meta,
  };
}

/** The drafts a rule reports for these facts on `asOf`. */
export function run(rule: Rule | DeadlineDefinition, facts: ProjectFacts, asOf: Day, params: Record<string, number | string> = {}): FindingDraft[] {
  const compiled: Rule = 'check' in rule ? rule : deadlineRule(rule);
  const drafts: FindingDraft[] = [];
  compiled.check(new FactsView(facts, asOf), context(asOf, params), (draft) => drafts.push(draft));
  return drafts;
}
