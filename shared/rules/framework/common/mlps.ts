/**
 * 网络安全等级保护 (MLPS): a system is graded (定级) once it is being built, and
 * one of 第二级 and above is assessed (测评) once it runs, as national practice
 * reads the packs' “严格落实等级保护要求” and the like (xichuan-2025 第三十二条,
 * heze-2021 第三十一条, chenzhou-2022 第十四条, xunyang-2022 第二十三条).
 * Projects without a system of their own are left out (see `system.ts`).
 */
import { MLPS_LEVEL_LABELS, type MlpsLevel } from '../../../domain/enums';
import type { Citation } from '../../../domain/regulations';
import type { Rule } from '../rule';
import type { FactsView } from '../view';
import { hasOwnSystem } from './system';
import { ruleOf } from './rule-head';

export interface MlpsRuleOptions {
  readonly id: string;
  readonly citation: Citation;
  readonly quote: string;
  /** The article as messages name it: '第三十二条'. */
  readonly article: string;
  /** The message's legal basis after '；' (default: `依${article}，应“${quote}”。`). */
  readonly basis?: string;
  /** Which projects the rule concerns (default: those with a system of their own). */
  readonly applies?: (view: FactsView) => boolean;
}

/** 定级: from construction on, the system has a protection level (`mlpsLevel` 0 = not graded). */
export function mlpsGradedRule<P extends string>(options: MlpsRuleOptions): Rule<P> {
  const { quote, article, basis = `依${article}，应“${quote}”。`, applies = hasOwnSystem } = options;
  const message = `项目已进入建设实施及以后阶段，系统尚未确定等级保护级别；${basis}`;
  return ruleOf<P>({ ...options, title: '等级保护定级' }, (view, _ctx, report) => {
    if (!applies(view) || !view.atOrAfter('construction') || view.project.mlpsLevel !== 0) return;
    report({ severity: 'warning', message, action: '请开展等级保护定级、报公安机关备案，上传备案证明并登记级别。' });
  });
}

/** 测评: a system of 第二级 and above in operation has a passed MLPS assessment. */
export function mlpsAssessedRule<P extends string>(options: MlpsRuleOptions): Rule<P> {
  const { quote, article, basis = `依${article}，应“${quote}”。`, applies = hasOwnSystem } = options;
  return ruleOf<P>({ ...options, title: '等级保护测评' }, (view, _ctx, report) => {
    const level = view.project.mlpsLevel as MlpsLevel;
    if (!applies(view) || view.stage !== 'operation' || level < 2) return;
    if (view.all('mlpsAssessed').some((event) => event.passed)) return;
    report({
      severity: 'warning',
      message: `系统等级保护级别为${MLPS_LEVEL_LABELS[level]}，已投入运行，尚无通过等级保护测评的记录；${basis}`,
      action: '请委托测评机构开展等级保护测评，上传测评报告并登记结论。',
    });
  });
}
