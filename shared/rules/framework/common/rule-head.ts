/** What every rule built here starts from: its id, title, citation and quote. */
import type { Citation } from '../../../domain/regulations';
import type { Rule } from '../rule';

export interface RuleHead {
  readonly id: string;
  readonly title: string;
  readonly citation: Citation;
  readonly quote: string;
}

/** A rule from its head and its check (only the head's four fields are copied). */
export function ruleOf<P extends string>(head: RuleHead, check: Rule<P>['check']): Rule<P> {
  return { id: head.id, title: head.title, citation: head.citation, quote: head.quote, check };
}
