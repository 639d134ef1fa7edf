import { describe, expect, it } from 'vitest';
import type { ProjectClass } from '../../../../../../shared/domain/enums';
import { FactsView } from '../../../../../../shared/rules/framework/view';
import { allApprovalsComplete, xichuanApprovalPath } from '../../../../../../shared/rules/packs/xichuan-2025/approval-path';
import { INVESTMENT_APPROVALS, facts, review } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-03-01';

describe('第七条、第八条、第九条 approval path by class and attributes', () => {
  it.each<[string, ProjectClass, Record<string, boolean>, string[]]>([
    ['政府投资建设类: 审查、县政府批准、项目建议书、可研、初步设计', 'investment', {}, ['technical', 'governmentApproval', 'proposal', 'feasibility', 'preliminaryDesign']],
    ['单纯设备和软件类采购项目: 审查通过、报县政府批准后可以实施', 'investment', { procurementOnly: true }, ['technical', 'governmentApproval']],
    ['政府购买服务类: 审查通过、报县政府批准后可以实施', 'service', {}, ['technical', 'governmentApproval']],
    ['临时安排(投资建设): 分管领导同意、技术性审查、发改委审批, 加第九条', 'investment', { temporary: true }, ['leaderConsent', 'technical', 'establishment', 'proposal', 'feasibility', 'preliminaryDesign']],
    ['临时安排(购买服务): 分管领导同意、技术性审查、发改委审批', 'service', { temporary: true }, ['leaderConsent', 'technical', 'establishment']],
    ['上级有明确要求: 按要求执行', 'investment', { superiorProcedure: true, temporary: true }, []],
  ])('%s', (_name, projectClass, attributes, reviews) => {
    const view = new FactsView(facts({ project: { projectClass }, attributes }), ASOF);
    expect(xichuanApprovalPath(view).map((step) => step.review)).toEqual(reviews);
  });

  it('“项目审批环节已经全部完成” only when every step of the path is approved', () => {
    expect(allApprovalsComplete(new FactsView(facts({ events: INVESTMENT_APPROVALS }), ASOF))).toBe(true);
    expect(allApprovalsComplete(new FactsView(facts({ events: INVESTMENT_APPROVALS.slice(0, 4) }), ASOF))).toBe(false);
  });
});

describeRule('xichuan-2025/art7-review-and-approval', 7, '未经审查的政务信息化项目,原则上县发改委不予审批,县财政局不予安排预算', {
  holds: [
    { name: '审查中的项目尚不需要结论', facts: facts({ project: { stage: 'underReview' } }), asOf: ASOF },
    {
      name: '已批复：审查通过并报县政府批准',
      facts: facts({ project: { stage: 'approved' }, events: [review('technical', '2025-09-20'), review('governmentApproval', '2025-10-10')] }),
      asOf: ASOF,
    },
    { name: '临时安排的项目按第八条，不按第七条', facts: facts({ project: { stage: 'approved' }, attributes: { temporary: true } }), asOf: ASOF },
    { name: '上级有明确要求的除外', facts: facts({ project: { stage: 'construction' }, attributes: { superiorProcedure: true } }), asOf: ASOF },
  ],
  fires: [
    {
      name: '已批复但未报县政府批准（“原则上……不予审批”：警示）',
      facts: facts({ project: { stage: 'approved' }, events: [review('technical', '2025-09-20')] }),
      asOf: ASOF,
      severity: 'warning',
      says: '报县政府批准尚未办理',
    },
    {
      name: '审查结论为不予通过却已进入采购（“原则上……不予审批”：警示）',
      facts: facts({ project: { stage: 'procurement' }, events: [review('technical', '2025-09-20', 'rejected')] }),
      asOf: ASOF,
      severity: 'warning',
      count: 2,
    },
    {
      name: '单纯设备和软件类采购项目：审查通过、报县政府批准后可以实施',
      facts: facts({ project: { stage: 'procurement' }, attributes: { procurementOnly: true }, events: [review('technical', '2025-09-20')] }),
      asOf: ASOF,
      severity: 'blocking',
      says: '审查通过、报县政府批准后可以实施',
    },
  ],
});

const temporaryFacts = (stage: 'approved' | 'planned', events = [review('leaderConsent', '2025-09-01'), review('technical', '2025-09-10')]) =>
  facts({ project: { stage, projectClass: 'service' }, attributes: { temporary: true }, events });

describeRule('xichuan-2025/art8-temporary-project-approvals', 8, '由需求单位报县分管领导同意后', {
  holds: [
    { name: '分管领导同意、技术性审查后进入已批复', facts: temporaryFacts('approved'), asOf: ASOF },
    {
      name: '县发改委审批后,可列入当年项目清单实施',
      facts: temporaryFacts('planned', [review('leaderConsent', '2025-09-01'), review('technical', '2025-09-10'), review('establishment', '2025-09-20')]),
      asOf: ASOF,
    },
  ],
  fires: [
    { name: '未经县分管领导同意', facts: temporaryFacts('approved', [review('technical', '2025-09-10')]), asOf: ASOF, severity: 'blocking', says: '县分管领导同意' },
    { name: '未经县发改委审批即列入当年项目清单', facts: temporaryFacts('planned'), asOf: ASOF, severity: 'blocking', says: '县发改委审批' },
  ],
});

describeRule('xichuan-2025/art9-investment-approval-steps', 9, '原则上应包括项目建议书、可行性研究报告、初步设计等审批环节', {
  holds: [
    { name: '已批复阶段尚不要求项目建议书等', facts: facts({ project: { stage: 'approved' } }), asOf: ASOF },
    { name: '审批环节齐全的建设项目', facts: facts({ project: { stage: 'construction' }, events: INVESTMENT_APPROVALS }), asOf: ASOF },
    { name: '单纯采购项目不适用', facts: facts({ project: { stage: 'construction' }, attributes: { procurementOnly: true } }), asOf: ASOF },
  ],
  fires: [
    { name: '列入年度计划但无项目建议书批复', facts: facts({ project: { stage: 'planned' } }), asOf: ASOF, severity: 'warning', says: '项目建议书审批' },
    {
      name: '建设实施但初步设计未批复',
      facts: facts({ project: { stage: 'construction' }, events: INVESTMENT_APPROVALS.slice(0, 4) }),
      asOf: ASOF,
      severity: 'warning',
      says: '初步设计',
    },
  ],
});

describeRule('xichuan-2025/art7-superior-requirement', 7, '除上级有明确要求外', {
  holds: [{ name: '一般项目', facts: facts(), asOf: ASOF }],
  fires: [{ name: '上级有明确要求的项目', facts: facts({ attributes: { superiorProcedure: true } }), asOf: ASOF, severity: 'info' }],
});
