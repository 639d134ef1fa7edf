/**
 * Cryptography: “同步规划、同步建设、同步运行密码保障系统并定期评估” and its local
 * variants (xichuan-2025 第三十一条, heze-2021 第三十二条, chenzhou-2022 第十四条).
 * The project's `cryptoPlan` moves none → planned → built; a passed 密码应用安全性评估
 * (`cryptoAssessed`) is the periodic assessment. Projects without a system of their
 * own are left out (see `system.ts`).
 */
import type { LifecycleStage } from '../../../domain/enums';
import type { Citation } from '../../../domain/regulations';
import type { Rule } from '../rule';
import type { FactsView } from '../view';
import { periodicAssessmentRule, type PeriodicWording } from './periodic';
import { hasOwnSystem } from './system';
import { ruleOf } from './rule-head';

interface CryptoRuleOptions {
  readonly id: string;
  readonly citation: Citation;
  readonly quote: string;
  /** The article as messages name it: '第三十一条'. */
  readonly article: string;
  readonly title?: string;
  /** The message's legal basis after '；' (default: the common wording, citing `article`). */
  readonly basis?: string;
  readonly action?: string;
  /** Which projects the rule concerns (default: those with a system of their own). */
  readonly applies?: (view: FactsView) => boolean;
}

export interface CryptoPlannedOptions extends CryptoRuleOptions {
  /** From which stage a crypto plan is expected (default `approved`)… */
  readonly from?: LifecycleStage;
  /** …and how the message says the project got there (default '项目已批复'). */
  readonly reached?: string;
}

/** 同步规划: from `from` on, the crypto plan may no longer be “未规划”. */
export function cryptoPlannedRule<P extends string>(options: CryptoPlannedOptions): Rule<P> {
  const {
    article,
    title = '密码保障系统同步规划',
    from = 'approved',
    reached = '项目已批复',
    basis = `依${article}，应“同步规划、同步建设、同步运行密码保障系统”。`,
    action = '请编制密码应用方案，上传并将密码应用情况更新为“已编制密码应用方案”。',
    applies = hasOwnSystem,
  } = options;
  const message = `${reached}，密码应用仍为“未规划”；${basis}`;
  return ruleOf<P>({ ...options, title }, (view, _ctx, report) => {
    if (!applies(view) || !view.atOrAfter(from) || view.project.cryptoPlan !== 'none') return;
    report({ severity: 'warning', message, action });
  });
}

/** 同步建设: by acceptance, the crypto system is built. */
export function cryptoBuiltRule<P extends string>(options: CryptoRuleOptions): Rule<P> {
  const {
    article,
    title = '密码保障系统同步建设',
    basis = `依${article}，应与系统“同步建设”。`,
    action = '请完成密码保障系统建设，并将密码应用情况更新为“已同步建设”。',
    applies = hasOwnSystem,
  } = options;
  const message = `项目已进入验收及以后阶段，密码保障系统尚未建成；${basis}`;
  return ruleOf<P>({ ...options, title }, (view, _ctx, report) => {
    const { cryptoPlan } = view.project;
    if (!applies(view) || !view.atOrAfter('acceptance') || (cryptoPlan !== 'none' && cryptoPlan !== 'planned')) return;
    report({ severity: 'warning', message, action });
  });
}

export interface CryptoAssessedOptions<P extends string> extends CryptoRuleOptions {
  /** The parameter holding the assessment interval in months. */
  readonly intervalMonths: P;
  /** How the next-due finding is worded (`what` defaults to '密码应用安全性评估'). */
  readonly next: Omit<PeriodicWording, 'what'> & { readonly what?: string };
}

/** 同步运行……并定期评估: a system in operation has a passed 密评, renewed every interval. */
export function cryptoAssessedRule<P extends string>(options: CryptoAssessedOptions<P>): Rule<P> {
  const {
    id,
    citation,
    quote,
    article,
    title = '密码应用定期评估',
    basis = `依${article}，密码保障系统应“同步运行”“并定期评估”。`,
    action = '请委托密评机构开展密码应用安全性评估，上传评估报告并登记结论。',
    applies = hasOwnSystem,
    intervalMonths,
    next,
  } = options;
  return periodicAssessmentRule<P>({
    id,
    title,
    citation,
    quote,
    intervalMonths,
    applies,
    lastDone(view) {
      const passed = view.all('cryptoAssessed').filter((event) => event.passed);
      return passed[passed.length - 1]?.date;
    },
    missing: { message: `系统已投入运行，尚无通过密码应用安全性评估的记录；${basis}`, action },
    next: { what: '密码应用安全性评估', ...next },
  });
}
