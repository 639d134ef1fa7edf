/**
 * Government cloud (政务云): new systems deploy on it, existing ones migrate to
 * it (xichuan-2025 第二十五条, heze-2021 第二十六条, laohekou-2024 第十六条,
 * xunyang-2022 第十一条, chenzhou-2022 第四条). Which projects an article concerns
 * and from when differs per pack, so it is an argument.
 */
import type { Citation } from '../../../domain/regulations';
import type { Severity } from '../finding';
import type { Rule } from '../rule';
import type { FactsView } from '../view';
import { ruleOf } from './rule-head';

export interface CloudRuleOptions {
  readonly id: string;
  readonly title: string;
  readonly citation: Citation;
  readonly quote: string;
  readonly action: string;
}

export interface GovCloudDeploymentOptions extends CloudRuleOptions {
  /** For a project planned in its own room. */
  readonly severity: Severity;
  /** For a project whose deployment is not yet decided (default: `severity`): nothing is built against the rule yet. */
  readonly undecidedSeverity?: Severity;
  /** Which projects must deploy on the cloud, and in which stages. */
  readonly applies: (view: FactsView) => boolean;
  /** The message for a project planned in its own room, or not yet decided. */
  readonly message: (deployment: 'ownRoom' | 'undecided') => string;
}

/** 部署在政务云: a project the article concerns may not plan its own room nor leave it undecided. */
export function govCloudDeploymentRule<P extends string>(options: GovCloudDeploymentOptions): Rule<P> {
  const { severity, undecidedSeverity = severity, applies, message, action } = options;
  return ruleOf<P>(options, (view, _ctx, report) => {
    if (!applies(view)) return;
    const { cloudDeployment } = view.project;
    if (cloudDeployment !== 'ownRoom' && cloudDeployment !== 'undecided') return;
    report({ severity: cloudDeployment === 'ownRoom' ? severity : undecidedSeverity, message: message(cloudDeployment), action });
  });
}

export interface MigrateToGovCloudOptions extends CloudRuleOptions {
  readonly message: string;
}

/** 已建系统迁移至政务云: a system in operation still in its own room (warning). */
export function migrateToGovCloudRule<P extends string>(options: MigrateToGovCloudOptions): Rule<P> {
  const { message, action } = options;
  return ruleOf<P>(options, (view, _ctx, report) => {
    if (view.stage !== 'operation' || view.project.cloudDeployment !== 'ownRoom') return;
    report({ severity: 'warning', message, action });
  });
}
