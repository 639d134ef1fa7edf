/**
 * 不得 (“不得单独新建…”, “不得重复建设”, “不得另行租用光纤”): a situation the
 * article forbids, recorded as a compliance fact, is blocking (docs §4).
 * What the article forbids, and any exception it makes, is the `when` argument.
 */
import type { Rule } from '../rule';
import type { FactsView } from '../view';
import { ruleOf, type RuleHead } from './rule-head';

export interface ForbiddenOptions extends RuleHead {
  /** True when the facts show the forbidden situation. */
  readonly when: (view: FactsView) => boolean;
  readonly message: string;
  readonly action: string;
}

export function forbiddenRule<P extends string>(options: ForbiddenOptions): Rule<P> {
  const { when, message, action } = options;
  return ruleOf<P>(options, (view, _ctx, report) => {
    if (!when(view)) return;
    report({ severity: 'blocking', message, action });
  });
}
