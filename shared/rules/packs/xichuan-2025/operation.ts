/**
 * 第四章 运行维护 (第二十条至第二十三条).
 */
import type { Day } from '../../../domain/day';
import { daysBetween, yearOf } from '../../framework/dates';
import type { Rule, RuleContext } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { art, ruleId } from './meta';
import type { XichuanParameter } from './parameters';

/** 长期未使用 / 长时间停止运行: more than `longUnusedDays` days (超过 is >). */
function longUnused(view: FactsView, ctx: RuleContext<XichuanParameter>): Day | null {
  const limit = ctx.params.number('longUnusedDays');
  const { stoppedOn, lastUsedOn } = view.compliance.operation;
  if (stoppedOn && daysBetween(stoppedOn, ctx.asOf) > limit) return stoppedOn;
  if (lastUsedOn && daysBetween(lastUsedOn, ctx.asOf) > limit) return lastUsedOn;
  return null;
}

// 第二十条 信息系统停止运行或长期未使用的,系统使用单位须及时向县行政审批和政务信息管理局报告相关情况
export const reportUnusedSystem: Rule<XichuanParameter> = {
  id: ruleId('art20-report-unused-system'),
  title: '停止运行或长期未使用须报告',
  citation: art(20),
  quote: '信息系统停止运行或长期未使用的',
  check(view, ctx, report) {
    if (view.stage !== 'operation') return;
    const { stoppedOn, lastUsedOn } = view.compliance.operation;
    const limit = ctx.params.number('longUnusedDays');
    let since: Day | null = null;
    let what = '';
    if (stoppedOn) {
      since = stoppedOn;
      what = `系统已于 ${stoppedOn} 停止运行`;
    } else if (lastUsedOn && daysBetween(lastUsedOn, ctx.asOf) > limit) {
      since = lastUsedOn;
      what = `系统自 ${lastUsedOn} 起已超过 ${limit} 天未使用`;
    }
    if (!since || view.firstOnOrAfter('shutdownReported', since)) return;
    report({
      severity: 'warning',
      message: `${what}，依“信息系统停止运行或长期未使用的,系统使用单位须及时向县行政审批和政务信息管理局报告相关情况”，尚无报告记录。`,
      action: '请向县行政审批和政务信息管理局报告，经核准同意后进行关停处理；仍需使用的，请登记最近使用日期。',
      // “长期” has no number in the 办法: only the stopped system is the article's own case.
      ...(stoppedOn ? {} : { restsOn: ['longUnusedDays'] }),
    });
  },
};

// 第二十条 ……经核准同意后进行关停处理。
export const shutdownApproved: Rule<XichuanParameter> = {
  id: ruleId('art20-shutdown-approved'),
  title: '关停须经核准',
  citation: art(20),
  quote: '经核准同意后进行关停处理',
  checksClosedProjects: true,
  check(view, _ctx, report) {
    const shutDown = view.last('shutDown');
    if (view.stage !== 'shutDown' && !shutDown) return;
    // A later approval (补报核准) settles it too.
    if (view.approved('shutdown')) return;
    report({
      severity: 'warning',
      message: '系统已关停，但尚无县行政审批和政务信息管理局核准同意的记录；依第二十条，应“经核准同意后进行关停处理”。',
      action: '请补报县行政审批和政务信息管理局核准，并登记核准意见。',
    });
  },
};

// 第二十一条 采用外包运行维护方式的,应进行政府采购。
export const outsourcedOmProcured: Rule<XichuanParameter> = {
  id: ruleId('art21-outsourced-om-procured'),
  title: '外包运维应政府采购',
  citation: art(21),
  quote: '采用外包运行维护方式的,应进行政府采购',
  check(view, _ctx, report) {
    const { mode, outsourcedViaProcurement } = view.compliance.operation;
    if (mode !== 'outsourced' || outsourcedViaProcurement === true) return;
    report({
      severity: 'warning',
      message:
        outsourcedViaProcurement === false
          ? '项目采用外包运行维护方式，但未经政府采购；依“采用外包运行维护方式的,应进行政府采购”。'
          : '项目采用外包运行维护方式，尚未登记是否经政府采购；依“采用外包运行维护方式的,应进行政府采购”。',
      action: '请按政府采购程序确定运维服务商，并登记采购结果。',
    });
  },
};

// 第二十二条 政务信息化项目运维费须经县行政审批和政务信息管理局审核通过并出具审核意见后
// 由项目建设单位根据审核意见和相关支出标准按年度向县财政部门提出预算申请
export const omFeeReviewed: Rule<XichuanParameter> = {
  id: ruleId('art22-om-fee-reviewed'),
  title: '运维费先审核后申请预算',
  citation: art(22),
  quote: '审核通过并出具审核意见后',
  check(view, _ctx, report) {
    const request = view.last('omBudgetRequested');
    if (!request) return;
    const reviewed = view.all('review').some((r) => r.review === 'omFee' && r.outcome === 'approved' && r.date <= request.date);
    if (reviewed) return;
    report({
      severity: 'warning',
      message: `${request.year} 年度运维预算申请（${request.date}）前，运维费尚未经县行政审批和政务信息管理局“审核通过并出具审核意见”。`,
      action: '请先报县行政审批和政务信息管理局审核运维费，取得审核意见后再按年度向县财政部门提出预算申请。',
    });
  },
};

// 第二十三条 存在以下情况的,不予安排运维预算:
// (一)未按要求完成系统对接互通、数据归集和信息共享的,存在重复采集数据或重复建设的。
// (二)长时间停止运行或长久未使用、评估评价不合格且整改不到位的。
// (三)未落实其他政务信息化建设有关要求的。  — not encoded: too open to decide from facts.
export const omBudgetEligibility: Rule<XichuanParameter> = {
  id: ruleId('art23-om-budget-eligibility'),
  title: '不予安排运维预算的情形',
  citation: art(23),
  quote: '不予安排运维预算',
  check(view, ctx, report) {
    const request = view.last('omBudgetRequested');
    if (!request || request.year < yearOf(ctx.asOf)) return;
    const reasons: string[] = [];
    const { dataSharing } = view.project;
    const { integrationIncomplete, duplicateCollection } = view.compliance.sharing;
    if (dataSharing === 'none' || dataSharing === 'catalogued') reasons.push('（一）未按要求完成信息共享');
    if (integrationIncomplete) reasons.push('（一）未按要求完成系统对接互通、数据归集');
    if (duplicateCollection) reasons.push('（一）存在重复采集数据或重复建设');
    const unused = longUnused(view, ctx);
    if (unused) reasons.push(`（二）自 ${unused} 起长时间停止运行或长久未使用（超过 ${ctx.params.number('longUnusedDays')} 天）`);
    if (view.compliance.operation.evaluationFailedUnrectified) reasons.push('（二）评估评价不合格且整改不到位');
    if (reasons.length === 0) return;
    report({
      severity: 'blocking',
      message: `${request.year} 年度运维预算申请存在第二十三条所列情形：${reasons.join('；')}。依“存在以下情况的,不予安排运维预算”。`,
      action: '请先完成系统对接、数据归集和共享，消除重复建设，恢复使用或报告关停，完成评估整改，再申请运维预算。',
      // Resting only on “长时间……长久未使用” (a number the 办法 does not give) is the office's call.
      ...(unused && reasons.length === 1 ? { restsOn: ['longUnusedDays'] } : {}),
    });
  },
};

export const operationRules = [reportUnusedSystem, shutdownApproved, outsourcedOmProcured, omFeeReviewed, omBudgetEligibility];
