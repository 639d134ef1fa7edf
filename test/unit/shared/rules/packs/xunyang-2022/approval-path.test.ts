import { describe, expect, it } from 'vitest';
import { FactsView } from '../../../../../../shared/rules/framework/view';
import { xunyangApprovalPath } from '../../../../../../shared/rules/packs/xunyang-2022/approval-path';
import { facts, review } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-06-01';

describe('第八条、第九条 approval path', () => {
  it.each([
    ['年度计划项目：初审、立项、可研批复', false, ['technical', 'establishment', 'feasibility']],
    ['个别特殊或紧急的计划外项目：区信息办组织评审、报区政府批准', true, ['technical', 'governmentApproval']],
  ])('%s', (_name, temporary, reviews) => {
    const view = new FactsView(facts({ attributes: { temporary } }), ASOF);
    expect(xunyangApprovalPath(view).map((step) => step.review)).toEqual(reviews);
  });
});

const PLAN = [review('technical', '2025-10-20'), review('establishment', '2025-11-10'), review('feasibility', '2025-12-01')];

// 第八条 ……组织相关部门对信息化项目计划书（草案）进行初审，符合条件的，完成立项，可行性研究报告批复手续后，
// 打包纳入“年度区本级政府投资项目计划（草案）”，报区政府批准。
describeRule('xunyang-2022/art8-plan-approvals', 8, '符合条件的，完成立项，可行性研究报告批复手续后，打包纳入“年度区本级政府投资项目计划（草案）”，报区政府批准', {
  holds: [
    { name: '审查中尚不需要结论', facts: facts({ project: { stage: 'underReview' } }), asOf: ASOF },
    { name: '初审、立项后进入已批复（可研批复在纳入计划前）', facts: facts({ project: { stage: 'approved' }, events: PLAN.slice(0, 2) }), asOf: ASOF },
    { name: '纳入年度计划：三项手续齐全', facts: facts({ project: { stage: 'planned' }, events: PLAN }), asOf: ASOF },
    { name: '计划外项目按第九条', facts: facts({ project: { stage: 'approved' }, attributes: { temporary: true } }), asOf: ASOF },
  ],
  fires: [
    { name: '未完成立项即批复', facts: facts({ project: { stage: 'approved' }, events: PLAN.slice(0, 1) }), asOf: ASOF, severity: 'blocking', says: '区发改委立项' },
    { name: '可研未批复即纳入年度计划', facts: facts({ project: { stage: 'planned' }, events: PLAN.slice(0, 2) }), asOf: ASOF, severity: 'blocking', says: '可行性研究报告批复' },
    { name: '初审不予通过却已进入建设', facts: facts({ project: { stage: 'construction' }, events: [...PLAN, review('technical', '2026-01-05', 'rejected')] }), asOf: ASOF, severity: 'blocking' },
  ],
});

const unplanned = (stage: 'approved' | 'procurement', events = [review('technical', '2026-03-01'), review('governmentApproval', '2026-03-20')]) =>
  facts({ project: { stage }, attributes: { temporary: true }, events });

// 第九条 如有个别特殊或紧急项目，……区信息办组织相关单位评审并报区政府批准。
describeRule('xunyang-2022/art9-unplanned-approvals', 9, '区信息办组织相关单位评审并报区政府批准', {
  holds: [
    { name: '评审并经区政府批准', facts: unplanned('procurement'), asOf: ASOF },
    { name: '年度计划项目按第八条', facts: facts({ project: { stage: 'approved' }, events: PLAN }), asOf: ASOF },
  ],
  fires: [
    { name: '未报区政府批准', facts: unplanned('approved', [review('technical', '2026-03-01')]), asOf: ASOF, severity: 'blocking', says: '报区政府批准' },
    { name: '既未评审也未批准', facts: unplanned('procurement', []), asOf: ASOF, severity: 'blocking', count: 2 },
  ],
});

// 第九条 对未纳入年度计划的项目，原则上不予同意建设。
describeRule('xunyang-2022/art9-unplanned-not-built', 9, '对未纳入年度计划的项目，原则上不予同意建设', {
  holds: [
    { name: '已纳入年度计划', facts: facts({ project: { stage: 'construction' }, events: [{ kind: 'includedInAnnualPlan', year: 2026, date: '2026-01-20' }] }), asOf: ASOF },
    { name: '个别特殊或紧急项目（按第九条批准）', facts: unplanned('procurement'), asOf: ASOF },
    { name: '已批复，尚未进入采购', facts: facts({ project: { stage: 'approved' } }), asOf: ASOF },
  ],
  fires: [{ name: '未纳入年度计划即招标采购', facts: facts({ project: { stage: 'procurement' } }), asOf: ASOF, severity: 'warning' }],
});
