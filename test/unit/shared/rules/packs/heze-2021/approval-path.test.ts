import { describe, expect, it } from 'vitest';
import type { ProjectClass } from '../../../../../../shared/domain/enums';
import { FactsView } from '../../../../../../shared/rules/framework/view';
import { hezeApprovalPath } from '../../../../../../shared/rules/packs/heze-2021/approval-path';
import { facts, review } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';
import { ASOF, LOCAL_APPROVALS, OFFICIAL } from './fixtures';

describe('第四条、第八条、第十一条、第十二条 approval path', () => {
  it.each<[string, ProjectClass, Record<string, boolean>, string[]]>([
    ['政府投资建设（涉及固定资产投资）：事前绩效评估、市大数据局审核意见、市发展改革委投资立项审批', 'investment', {}, ['preAssessment:8', 'technical:11', 'establishment:4']],
    ['政府购买服务：事前绩效评估、市大数据局审核意见', 'service', {}, ['preAssessment:8', 'technical:11']],
    ['国家有关部委、省直有关部门组织申报：同意申报的审核意见、上级审批', 'investment', { superiorDeclared: true }, ['technical:12', 'establishment:12']],
  ])('%s', (_name, projectClass, attributes, steps) => {
    const view = new FactsView(facts({ project: { projectClass }, attributes }), ASOF);
    expect(hezeApprovalPath(view).map((step) => `${step.review}:${step.citation.article}`)).toEqual(steps);
  });
});

// 第八条 项目建设单位在报市大数据局立项前，需进行事前绩效评估，作为预算申请和项目立项的前置条件。
describeRule('heze-2021/art8-pre-assessment', 8, '需进行事前绩效评估，作为预算申请和项目立项的前置条件', {
  holds: [
    { name: '事前绩效评估后立项', facts: facts({ project: { stage: 'approved' }, events: LOCAL_APPROVALS.slice(0, 2) }), asOf: ASOF, ...OFFICIAL },
    { name: '评审中尚不要求结论', facts: facts({ project: { stage: 'underReview' } }), asOf: ASOF, ...OFFICIAL },
    { name: '上级组织申报的项目不经本市立项', facts: facts({ project: { stage: 'approved' }, attributes: { superiorDeclared: true } }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [
    { name: '未经事前绩效评估即立项', facts: facts({ project: { stage: 'approved' }, events: [review('technical', '2021-04-01')] }), asOf: ASOF, severity: 'blocking', says: '事前绩效评估尚未办理', ...OFFICIAL },
    {
      name: '事前绩效评估结论为不予通过',
      facts: facts({ project: { stage: 'procurement', projectClass: 'service' }, events: [review('preAssessment', '2021-03-01', 'rejected'), review('technical', '2021-04-01')] }),
      asOf: ASOF,
      severity: 'blocking',
      says: '不予通过',
      ...OFFICIAL,
    },
  ],
});

// 第十一条 市大数据局的审核意见是项目立项和资金安排的前提和依据。
describeRule('heze-2021/art11-review-opinion', 11, '市大数据局的审核意见是项目立项和资金安排的前提和依据', {
  holds: [{ name: '审核意见通过后立项', facts: facts({ project: { stage: 'approved' }, events: LOCAL_APPROVALS.slice(0, 2) }), asOf: ASOF, ...OFFICIAL }],
  fires: [
    { name: '无审核意见即立项', facts: facts({ project: { stage: 'approved' }, events: LOCAL_APPROVALS.slice(0, 1) }), asOf: ASOF, severity: 'blocking', says: '市大数据局审核意见', ...OFFICIAL },
    {
      name: '审核意见为暂缓却已采购',
      facts: facts({ project: { stage: 'procurement', projectClass: 'service' }, events: [LOCAL_APPROVALS[0]!, review('technical', '2021-04-01', 'suspended')] }),
      asOf: ASOF,
      severity: 'blocking',
      says: '暂缓',
      ...OFFICIAL,
    },
  ],
});

// 第四条 市发展改革委负责对涉及固定资产投资的政务信息系统项目进行投资立项审批。
describeRule('heze-2021/art4-fixed-asset-approval', 4, '市发展改革委负责对涉及固定资产投资的政务信息系统项目进行投资立项审批', {
  holds: [
    { name: '投资建设项目经投资立项审批后采购', facts: facts({ project: { stage: 'procurement' }, events: LOCAL_APPROVALS }), asOf: ASOF, ...OFFICIAL },
    { name: '购买服务不涉及固定资产投资', facts: facts({ project: { stage: 'procurement', projectClass: 'service' }, events: LOCAL_APPROVALS.slice(0, 2) }), asOf: ASOF, ...OFFICIAL },
    { name: '立项后、采购前', facts: facts({ project: { stage: 'approved' }, events: LOCAL_APPROVALS.slice(0, 2) }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [
    { name: '投资建设项目未经投资立项审批即采购', facts: facts({ project: { stage: 'procurement' }, events: LOCAL_APPROVALS.slice(0, 2) }), asOf: ASOF, severity: 'blocking', says: '市发展改革委投资立项审批', ...OFFICIAL },
  ],
});

const superior = (stage: 'declared' | 'approved', ...events: ReturnType<typeof review>[]) => facts({ project: { stage }, attributes: { superiorDeclared: true }, events });

// 第十二条 ……项目建设单位按有关规定程序组织申报前，须取得市大数据局同意申报的审核意见，并在国家有关部委、省直有关部门审批后报市大数据局备案。
describeRule('heze-2021/art12-superior-declaration', 12, '须取得市大数据局同意申报的审核意见', {
  holds: [
    { name: '取得同意申报的审核意见后申报', facts: superior('declared', review('technical', '2021-03-01')), asOf: ASOF, ...OFFICIAL },
    { name: '上级审批后', facts: superior('approved', review('technical', '2021-03-01'), review('establishment', '2021-06-01')), asOf: ASOF, ...OFFICIAL },
    { name: '本市立项的项目不适用', facts: facts({ project: { stage: 'declared' } }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [
    { name: '未取得市大数据局同意即向上申报', facts: superior('declared'), asOf: ASOF, severity: 'blocking', says: '同意申报的审核意见', ...OFFICIAL },
    { name: '上级尚未审批却登记为已立项', facts: superior('approved', review('technical', '2021-03-01')), asOf: ASOF, severity: 'blocking', says: '国家有关部委、省直有关部门审批', ...OFFICIAL },
  ],
});
