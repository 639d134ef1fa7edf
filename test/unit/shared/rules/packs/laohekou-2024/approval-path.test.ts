import { describe, expect, it } from 'vitest';
import type { ProjectClass } from '../../../../../../shared/domain/enums';
import { FactsView } from '../../../../../../shared/rules/framework/view';
import { laohekouApprovalPath } from '../../../../../../shared/rules/packs/laohekou-2024/approval-path';
import { facts, review } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';
import { FIXED_ASSET_APPROVALS, SERVICE_APPROVALS } from './fixtures';

const ASOF = '2025-06-03';

describe('第七条、第八条、第九条、第十二条 approval path: service purchase versus new fixed assets', () => {
  it.each<[string, ProjectClass, Record<string, boolean>, string[]]>([
    ['新增固定资产投资：论证、发改审批、统一技术评审、预算评审', 'investment', {}, ['preAssessment', 'establishment', 'technical', 'finance']],
    ['政府购买服务：论证、中心审查意见、预算评审，不履行固定资产投资审批程序', 'service', {}, ['preAssessment', 'technical', 'finance']],
    ['登记为投资类但无新增固定资产投资：按购买服务路径', 'investment', { noNewFixedAssets: true }, ['preAssessment', 'technical', 'finance']],
  ])('%s', (_name, projectClass, attributes, reviews) => {
    const view = new FactsView(facts({ project: { projectClass }, attributes }), ASOF);
    expect(laohekouApprovalPath(view).map((step) => step.review)).toEqual(reviews);
  });

  it('the service path’s review cites 第八条, the fixed-asset path’s 第九条', () => {
    const cite = (projectClass: ProjectClass) =>
      laohekouApprovalPath(new FactsView(facts({ project: { projectClass } }), ASOF)).map((step) => `${step.review}:${step.citation.article}`);
    expect(cite('service')).toEqual(['preAssessment:7', 'technical:8', 'finance:12']);
    expect(cite('investment')).toEqual(['preAssessment:7', 'establishment:8', 'technical:9', 'finance:12']);
  });
});

// 第七条 ……对部门申报的项目建设需求组织统一答辩、评估和论证,论证后确定是否实施。
describeRule('laohekou-2024/art7-unified-argument', 7, '论证后确定是否实施', {
  holds: [
    { name: '论证中的项目尚不需要结论', facts: facts({ project: { stage: 'underReview' } }), asOf: ASOF },
    { name: '论证通过后确定实施', facts: facts({ project: { stage: 'approved' }, events: [review('preAssessment', '2024-03-01')] }), asOf: ASOF },
  ],
  fires: [
    { name: '未经统一答辩、评估和论证即确定实施', facts: facts({ project: { stage: 'approved' } }), asOf: ASOF, severity: 'blocking', says: '统一答辩、评估和论证尚未办理' },
    {
      name: '论证结论为不予通过却已进入采购',
      facts: facts({ project: { stage: 'procurement', projectClass: 'service' }, events: [review('preAssessment', '2024-03-01', 'rejected')] }),
      asOf: ASOF,
      severity: 'blocking',
      says: '不予通过',
    },
  ],
});

// 第八条 ……不履行固定资产投资审批程序,由市城市运行管理中心出具审查意见后直接履行预算评审、政府采购和绩效评价手续。
// 新增固定资产投资的信息化项目,……并按有关要求提请市发展和改革部门审批
describeRule('laohekou-2024/art8-approval-path', 8, '不履行固定资产投资审批程序', {
  holds: [
    { name: '购买服务项目“不履行固定资产投资审批程序”', facts: facts({ project: { stage: 'procurement', projectClass: 'service' }, events: SERVICE_APPROVALS }), asOf: ASOF },
    { name: '新增固定资产投资项目经市发展和改革局审批后列入计划', facts: facts({ project: { stage: 'planned' }, events: FIXED_ASSET_APPROVALS.slice(0, 2) }), asOf: ASOF },
    { name: '已立项、尚未列入计划时不要求发改审批', facts: facts({ project: { stage: 'approved' }, events: FIXED_ASSET_APPROVALS.slice(0, 1) }), asOf: ASOF },
  ],
  fires: [
    {
      name: '新增固定资产投资项目未“提请市发展和改革部门审批”即列入计划',
      facts: facts({ project: { stage: 'planned' }, events: FIXED_ASSET_APPROVALS.slice(0, 1) }),
      asOf: ASOF,
      severity: 'blocking',
      says: '市发展和改革局审批',
    },
    {
      name: '购买服务项目未经市城市运行管理中心“出具审查意见”即采购',
      facts: facts({ project: { stage: 'procurement', projectClass: 'service' }, events: [SERVICE_APPROVALS[0]!, SERVICE_APPROVALS[2]!] }),
      asOf: ASOF,
      severity: 'blocking',
      says: '出具审查意见',
    },
  ],
});

// 第九条 市城市运行管理中心负责组织开展全市信息化和智慧城市项目的统一技术评审工作。
describeRule('laohekou-2024/art9-unified-technical-review', 9, '负责组织开展全市信息化和智慧城市项目的统一技术评审工作', {
  holds: [
    { name: '经统一技术评审后采购', facts: facts({ project: { stage: 'procurement' }, events: FIXED_ASSET_APPROVALS }), asOf: ASOF },
    { name: '列入计划、尚在编写技术设计书', facts: facts({ project: { stage: 'planned' }, events: FIXED_ASSET_APPROVALS.slice(0, 2) }), asOf: ASOF },
    { name: '购买服务项目由第八条的审查意见代替', facts: facts({ project: { stage: 'procurement', projectClass: 'service' }, events: SERVICE_APPROVALS }), asOf: ASOF },
  ],
  fires: [
    {
      name: '未经统一技术评审即采购',
      facts: facts({ project: { stage: 'procurement' }, events: FIXED_ASSET_APPROVALS.filter((e) => e.kind === 'review' && e.review !== 'technical') }),
      asOf: ASOF,
      severity: 'blocking',
      says: '统一技术评审尚未办理',
    },
  ],
});

// 第十二条 ……报送至市财政局开展投资预算评审。
describeRule('laohekou-2024/art12-budget-review', 12, '报送至市财政局开展投资预算评审', {
  holds: [
    { name: '预算评审后采购', facts: facts({ project: { stage: 'procurement' }, events: FIXED_ASSET_APPROVALS }), asOf: ASOF },
    { name: '列入计划时尚不要求预算评审', facts: facts({ project: { stage: 'planned' }, events: FIXED_ASSET_APPROVALS.slice(0, 2) }), asOf: ASOF },
  ],
  fires: [
    { name: '未经投资预算评审即采购', facts: facts({ project: { stage: 'procurement' }, events: FIXED_ASSET_APPROVALS.slice(0, 3) }), asOf: ASOF, severity: 'blocking', says: '市财政局投资预算评审' },
    {
      name: '预算评审结论为补正后再审',
      facts: facts({ project: { stage: 'construction', projectClass: 'service' }, events: [...SERVICE_APPROVALS.slice(0, 2), review('finance', '2024-05-06', 'rectify')] }),
      asOf: ASOF,
      severity: 'blocking',
      says: '补正后再审',
    },
  ],
});
