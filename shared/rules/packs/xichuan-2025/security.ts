/**
 * 第六章 网络与信息安全管理: cryptography (第三十一条), MLPS (第三十二条),
 * domestically controllable products (第三十三条; its acceptance part is a
 * checklist item). Pure equipment purchases carry no system of their own and
 * are left out of 第三十一条、第三十二条.
 */
import { MLPS_LEVEL_LABELS, type MlpsLevel } from '../../../domain/enums';
import { deadlineStatus } from '../../framework/deadline';
import { monthsPeriodEnd } from '../../framework/periods';
import type { Rule } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { art, ruleId } from './meta';
import type { XichuanParameter } from './parameters';

const hasSystem = (view: FactsView): boolean => !view.attributes.procurementOnly;

// 第三十一条 项目建设单位应当按照《中华人民共和国密码法》等有关法律、法规、政策和标准规范的要求,
// 同步规划、同步建设、同步运行密码保障系统并定期评估。
export const cryptoPlanned: Rule<XichuanParameter> = {
  id: ruleId('art31-crypto-planned'),
  title: '密码保障系统同步规划',
  citation: art(31),
  quote: '同步规划、同步建设、同步运行密码保障系统',
  check(view, _ctx, report) {
    if (!hasSystem(view) || !view.atOrAfter('approved') || view.project.cryptoPlan !== 'none') return;
    report({
      severity: 'warning',
      message: '项目已批复，密码应用仍为“未规划”；依第三十一条，应“同步规划、同步建设、同步运行密码保障系统”。',
      action: '请编制密码应用方案，上传并将密码应用情况更新为“已编制密码应用方案”。',
    });
  },
};

export const cryptoBuilt: Rule<XichuanParameter> = {
  id: ruleId('art31-crypto-built'),
  title: '密码保障系统同步建设',
  citation: art(31),
  quote: '同步规划、同步建设、同步运行密码保障系统',
  check(view, _ctx, report) {
    const { cryptoPlan } = view.project;
    if (!hasSystem(view) || !view.atOrAfter('acceptance') || (cryptoPlan !== 'none' && cryptoPlan !== 'planned')) return;
    report({
      severity: 'warning',
      message: '项目已进入验收及以后阶段，密码保障系统尚未建成；依第三十一条，应与系统“同步建设”。',
      action: '请完成密码保障系统建设，并将密码应用情况更新为“已同步建设”。',
    });
  },
};

export const cryptoAssessed: Rule<XichuanParameter> = {
  id: ruleId('art31-crypto-assessed'),
  title: '密码应用定期评估',
  citation: art(31),
  quote: '同步运行密码保障系统并定期评估',
  check(view, ctx, report) {
    if (!hasSystem(view) || view.stage !== 'operation') return;
    const passed = view.all('cryptoAssessed').filter((event) => event.passed);
    const last = passed[passed.length - 1];
    if (!last) {
      report({
        severity: 'warning',
        message: '系统已投入运行，尚无通过密码应用安全性评估的记录；依第三十一条，密码保障系统应“同步运行”“并定期评估”。',
        action: '请委托密评机构开展密码应用安全性评估，上传评估报告并登记结论。',
      });
      return;
    }
    const months = ctx.params.number('cryptoAssessmentIntervalMonths');
    const dueDate = monthsPeriodEnd(last.date, months, ctx.calendar);
    const status = deadlineStatus({ label: '', startedOn: last.date, dueDate, doneOn: null }, ctx.asOf, ctx.dueSoonDays);
    if (status === 'overdue' || status === 'dueSoon') {
      report({
        severity: status === 'overdue' ? 'warning' : 'info',
        message: `上次密码应用安全性评估于 ${last.date} 通过，按每 ${months} 个月“定期评估”，下次应于 ${dueDate} 前完成${status === 'overdue' ? '，已逾期' : ''}。`,
        action: '请按期开展密码应用安全性评估并登记结论。',
        dueDate,
      });
    }
  },
};

// 第三十二条 项目建设单位应当按照国家和省关于网络与信息安全风险评估的有关规定,严格落实等级保护要求。
export const mlpsGraded: Rule<XichuanParameter> = {
  id: ruleId('art32-mlps-graded'),
  title: '等级保护定级',
  citation: art(32),
  quote: '严格落实等级保护要求',
  check(view, _ctx, report) {
    if (!hasSystem(view) || !view.atOrAfter('construction') || view.project.mlpsLevel !== 0) return;
    report({
      severity: 'warning',
      message: '项目已进入建设实施及以后阶段，系统尚未确定等级保护级别；依第三十二条，应“严格落实等级保护要求”。',
      action: '请开展等级保护定级、报公安机关备案，上传备案证明并登记级别。',
    });
  },
};

// Under the national MLPS rules the article points to, systems of 第二级 and above are assessed (测评).
export const mlpsAssessed: Rule<XichuanParameter> = {
  id: ruleId('art32-mlps-assessed'),
  title: '等级保护测评',
  citation: art(32),
  quote: '严格落实等级保护要求',
  check(view, _ctx, report) {
    const level = view.project.mlpsLevel as MlpsLevel;
    if (!hasSystem(view) || view.stage !== 'operation' || level < 2) return;
    if (view.all('mlpsAssessed').some((event) => event.passed)) return;
    report({
      severity: 'warning',
      message: `系统等级保护级别为${MLPS_LEVEL_LABELS[level]}，已投入运行，尚无通过等级保护测评的记录；依第三十二条，应“严格落实等级保护要求”。`,
      action: '请委托测评机构开展等级保护测评，上传测评报告并登记结论。',
    });
  },
};

// 第三十三条 项目建设单位应当优先采购自主可靠的信息安全设备、核心网络设备、基础软件、系统软件和业务应用软件等关键产品。
export const preferDomesticProducts: Rule<XichuanParameter> = {
  id: ruleId('art33-prefer-domestic-products'),
  title: '优先采购自主可靠产品',
  citation: art(33),
  quote: '优先采购自主可靠的信息安全设备',
  check(view, _ctx, report) {
    if (!view.atOrAfter('construction')) return;
    const domestic = view.compliance.keyProductsDomestic;
    if (domestic === 'all') return;
    report({
      severity: 'info',
      message:
        domestic === undefined
          ? '尚未登记关键产品（信息安全设备、核心网络设备、基础软件、系统软件和业务应用软件等）是否自主可靠；依第三十三条，应“优先采购自主可靠的”关键产品，且其安全可靠情况是验收的重要内容。'
          : `关键产品${domestic === 'partial' ? '部分' : '均未'}采用自主可靠产品；依第三十三条，应“优先采购自主可靠的信息安全设备、核心网络设备、基础软件、系统软件和业务应用软件等关键产品”。`,
      action: '请登记关键产品的自主可靠情况；未采用的，请在验收材料中说明原因和安全可靠措施。',
    });
  },
};

export const securityRules = [cryptoPlanned, cryptoBuilt, cryptoAssessed, mlpsGraded, mlpsAssessed, preferDomesticProducts];
