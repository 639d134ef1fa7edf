/**
 * 第五章 网络与信息安全管理: MLPS and periodic security assessment (第三十一条),
 * cryptography planned, built and run together (第三十二条), domestically
 * controllable products (第三十三条; its statement and acceptance parts are
 * checklist items). Pure equipment purchases carry no system of their own and
 * are left out of 第三十一条、第三十二条, as in xichuan-2025.
 */
import { MLPS_LEVEL_LABELS, type MlpsLevel } from '../../../domain/enums';
import type { Day } from '../../../domain/day';
import { deadlineStatus } from '../../framework/deadline';
import { monthsPeriodEnd } from '../../framework/periods';
import type { Report, Rule, RuleContext } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { art, ruleId } from './meta';
import type { HezeParameter } from './parameters';

const hasSystem = (view: FactsView): boolean => !view.attributes.procurementOnly;

/** “定期”: reports when the next periodic act after `last` is due within `dueSoonDays` or overdue. */
function periodic(ctx: RuleContext<HezeParameter>, report: Report, last: Day, months: number, what: string, action: string): void {
  const dueDate = monthsPeriodEnd(last, months, ctx.calendar);
  const status = deadlineStatus({ label: what, startedOn: last, dueDate, doneOn: null }, ctx.asOf, ctx.dueSoonDays);
  if (status !== 'overdue' && status !== 'dueSoon') return;
  report({
    severity: status === 'overdue' ? 'warning' : 'info',
    message: `上次${what}于 ${last} 完成，按每 ${months} 个月定期开展，下次应于 ${dueDate} 前完成${status === 'overdue' ? '，已逾期' : ''}。`,
    action,
    dueDate,
  });
}

// 第三十一条 ……严格落实等级保护和分级保护要求，切实保障政务信息系统安全稳定运行。
export const mlpsGraded: Rule<HezeParameter> = {
  id: ruleId('art31-mlps-graded'),
  title: '等级保护定级',
  citation: art(31),
  quote: '严格落实等级保护和分级保护要求',
  check(view, _ctx, report) {
    if (!hasSystem(view) || !view.atOrAfter('construction') || view.project.mlpsLevel !== 0) return;
    report({
      severity: 'warning',
      message: '项目已进入建设实施及以后阶段，系统尚未确定等级保护级别；依第三十一条，应“严格落实等级保护和分级保护要求”。',
      action: '请开展等级保护定级、报公安机关备案，上传备案证明并登记级别。',
    });
  },
};

// Under the national MLPS rules the article points to, systems of 第二级 and above are assessed (测评).
export const mlpsAssessed: Rule<HezeParameter> = {
  id: ruleId('art31-mlps-assessed'),
  title: '等级保护测评',
  citation: art(31),
  quote: '严格落实等级保护和分级保护要求',
  check(view, _ctx, report) {
    const level = view.project.mlpsLevel as MlpsLevel;
    if (!hasSystem(view) || view.stage !== 'operation' || level < 2) return;
    if (view.all('mlpsAssessed').some((event) => event.passed)) return;
    report({
      severity: 'warning',
      message: `系统等级保护级别为${MLPS_LEVEL_LABELS[level]}，已投入运行，尚无通过等级保护测评的记录；依第三十一条，应“严格落实等级保护和分级保护要求”。`,
      action: '请委托测评机构开展等级保护测评，上传测评报告并登记结论。',
    });
  },
};

// 第三十一条 ……定期开展网络安全检测与风险评估。
export const securityAssessedPeriodically: Rule<HezeParameter> = {
  id: ruleId('art31-security-assessment'),
  title: '定期开展网络安全检测与风险评估',
  citation: art(31),
  quote: '定期开展网络安全检测与风险评估',
  check(view, ctx, report) {
    if (!hasSystem(view) || view.stage !== 'operation') return;
    const last = view.last('securityAssessed');
    const action = '请开展网络安全检测与风险评估，上传评估报告并登记日期。';
    if (!last) {
      report({
        severity: 'warning',
        message: '系统已投入运行，尚无网络安全检测与风险评估的记录；依第三十一条，应“定期开展网络安全检测与风险评估”。',
        action,
      });
      return;
    }
    periodic(ctx, report, last.date, ctx.params.number('securityAssessmentIntervalMonths'), '网络安全检测与风险评估', action);
  },
};

// 第三十二条 项目建设单位应落实国家密码管理有关法律法规、政策和标准规范的要求，同步规划、同步建设、同步运行密码保障系统并定期评估。
export const cryptoPlanned: Rule<HezeParameter> = {
  id: ruleId('art32-crypto-planned'),
  title: '密码保障系统同步规划',
  citation: art(32),
  quote: '同步规划、同步建设、同步运行密码保障系统',
  check(view, _ctx, report) {
    if (!hasSystem(view) || !view.atOrAfter('approved') || view.project.cryptoPlan !== 'none') return;
    report({
      severity: 'warning',
      message: '项目已批复立项，密码应用仍为“未规划”；依第三十二条，应“同步规划、同步建设、同步运行密码保障系统”。',
      action: '请编制密码应用方案，上传并将密码应用情况更新为“已编制密码应用方案”。',
    });
  },
};

export const cryptoBuilt: Rule<HezeParameter> = {
  id: ruleId('art32-crypto-built'),
  title: '密码保障系统同步建设',
  citation: art(32),
  quote: '同步规划、同步建设、同步运行密码保障系统',
  check(view, _ctx, report) {
    const { cryptoPlan } = view.project;
    if (!hasSystem(view) || !view.atOrAfter('acceptance') || (cryptoPlan !== 'none' && cryptoPlan !== 'planned')) return;
    report({
      severity: 'warning',
      message: '项目已进入验收及以后阶段，密码保障系统尚未建成；依第三十二条，应与系统“同步建设”。',
      action: '请完成密码保障系统建设，并将密码应用情况更新为“已同步建设”。',
    });
  },
};

export const cryptoAssessed: Rule<HezeParameter> = {
  id: ruleId('art32-crypto-assessed'),
  title: '密码应用定期评估',
  citation: art(32),
  quote: '同步运行密码保障系统并定期评估',
  check(view, ctx, report) {
    if (!hasSystem(view) || view.stage !== 'operation') return;
    const passed = view.all('cryptoAssessed').filter((event) => event.passed);
    const last = passed[passed.length - 1];
    const action = '请委托密评机构开展密码应用安全性评估，上传评估报告并登记结论。';
    if (!last) {
      report({
        severity: 'warning',
        message: '系统已投入运行，尚无通过密码应用安全性评估的记录；依第三十二条，密码保障系统应“同步运行”“并定期评估”。',
        action,
      });
      return;
    }
    periodic(ctx, report, last.date, ctx.params.number('cryptoAssessmentIntervalMonths'), '密码应用安全性评估', action);
  },
};

// 第三十三条 项目建设单位要按照政府采购有关法律法规，优先采购自主可控的信息安全设备、核心网络设备、基础软件、系统软件和业务应用软件等关键产品。
export const preferDomesticProducts: Rule<HezeParameter> = {
  id: ruleId('art33-prefer-domestic-products'),
  title: '优先采购自主可控产品',
  citation: art(33),
  quote: '优先采购自主可控的信息安全设备、核心网络设备、基础软件、系统软件和业务应用软件等关键产品',
  check(view, _ctx, report) {
    if (!view.atOrAfter('construction')) return;
    const domestic = view.compliance.keyProductsDomestic;
    if (domestic === 'all') return;
    report({
      severity: 'info',
      message:
        domestic === undefined
          ? '尚未登记关键产品（信息安全设备、核心网络设备、基础软件、系统软件和业务应用软件等）是否自主可控；依第三十三条，应“优先采购自主可控的”关键产品，其安全可靠情况是验收的重要内容。'
          : `关键产品${domestic === 'partial' ? '部分' : '均未'}采用自主可控产品；依第三十三条，应“优先采购自主可控的信息安全设备、核心网络设备、基础软件、系统软件和业务应用软件等关键产品”。`,
      action: '请登记关键产品的自主可控情况；未采用的，请在验收材料中说明原因和安全可靠措施。',
    });
  },
};

export const securityRules = [mlpsGraded, mlpsAssessed, securityAssessedPeriodically, cryptoPlanned, cryptoBuilt, cryptoAssessed, preferDomesticProducts];
