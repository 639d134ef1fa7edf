/**
 * Data sharing once a system runs: a system in operation whose data is not
 * shared through the exchange platform (`dataSharing` 'none' or only
 * 'catalogued') gets a warning (xichuan-2025 第二十七条, heze-2021 第二十九条,
 * laohekou-2024 第十六条, chenzhou-2022 第四条).
 */
import type { Citation } from '../../../domain/regulations';
import type { Rule } from '../rule';
import type { FactsView } from '../view';
import { ruleOf } from './rule-head';

/** Data not yet shared through the exchange platform: no catalogue, or a catalogue only. */
export function notSharing(view: FactsView): boolean {
  return view.project.dataSharing === 'none' || view.project.dataSharing === 'catalogued';
}

export interface SharingInOperationOptions {
  readonly id: string;
  readonly title: string;
  readonly citation: Citation;
  readonly quote: string;
  /** One message, or one for 'none' (no catalogue) and one for 'catalogued'. */
  readonly message: string | ((dataSharing: 'none' | 'catalogued') => string);
  readonly action: string;
}

export function sharingInOperationRule<P extends string>(options: SharingInOperationOptions): Rule<P> {
  const { message, action } = options;
  return ruleOf<P>(options, (view, _ctx, report) => {
    const { dataSharing } = view.project;
    if (view.stage !== 'operation' || (dataSharing !== 'none' && dataSharing !== 'catalogued')) return;
    report({ severity: 'warning', message: typeof message === 'string' ? message : message(dataSharing), action });
  });
}
