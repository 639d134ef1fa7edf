import { describe, expect, it } from 'vitest';
import type { LifecycleStage } from '../../../../../../shared/domain/enums';
import type { MaterialCode } from '../../../../../../shared/domain/materials';
import { checklistFor } from '../../../../../../shared/rules/framework/check';
import type { ProjectFactsInput } from '../../../../../../shared/rules/framework/facts';
import { heze2021 } from '../../../../../../shared/rules/packs/heze-2021';
import { facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';
import { ASOF, OFFICIAL } from './fixtures';

const at = (stage: LifecycleStage, materials: MaterialCode[] = [], attributes: ProjectFactsInput['attributes'] = {}) => facts({ project: { stage }, materials, attributes });

// 第八条 项目建设单位在报市大数据局立项前，需进行事前绩效评估
describeRule('heze-2021/art8-pre-assessment-report', 8, '项目建设单位在报市大数据局立项前，需进行事前绩效评估', {
  holds: [
    { name: '申报时附事前绩效评估报告', facts: at('declared', ['preAssessmentReport']), asOf: ASOF, ...OFFICIAL },
    { name: '上级组织申报的项目不经本市立项', facts: at('declared', [], { superiorDeclared: true }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [{ name: '申报时无事前绩效评估报告', facts: at('declared'), asOf: ASOF, severity: 'warning', says: '事前绩效评估报告', ...OFFICIAL }],
});

// 第九条 政务信息系统项目申报内容原则上包括项目建设方案和投资预算。
describeRule('heze-2021/art9-declaration-contents', 9, '政务信息系统项目申报内容原则上包括项目建设方案和投资预算', {
  holds: [
    { name: '申报内容包括建设方案和投资预算', facts: at('declared', ['implementationPlan', 'budgetEstimate']), asOf: ASOF, ...OFFICIAL },
    { name: '编制中尚不要求', facts: at('draft'), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [{ name: '申报内容缺投资预算', facts: at('underReview', ['implementationPlan']), asOf: ASOF, severity: 'warning', says: '尚缺：投资预算', ...OFFICIAL }],
});

// 第九条 跨部门、跨地域、跨层级共建共享的项目，应由项目牵头部门会同共建部门，共同形成项目整体方案。
describeRule('heze-2021/art9-co-construction-plan', 9, '应由项目牵头部门会同共建部门，共同形成项目整体方案', {
  holds: [
    { name: '共建共享项目有整体方案', facts: at('declared', ['coConstructionPlan'], { coConstruction: true }), asOf: ASOF, ...OFFICIAL },
    { name: '单一部门项目不要求', facts: at('declared'), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [{ name: '共建共享项目无整体方案', facts: at('declared', [], { coConstruction: true }), asOf: ASOF, severity: 'warning', says: '共建共享项目整体方案', ...OFFICIAL }],
});

// 第二十七条 项目建设单位提出立项申请前应……编制相应政务信息资源目录
describeRule('heze-2021/art27-resource-catalogue', 27, '项目建设单位提出立项申请前应按照政务信息资源共享管理有关规定', {
  holds: [{ name: '立项申请前已编制政务信息资源目录', facts: at('declared', ['resourceCatalogue']), asOf: ASOF, ...OFFICIAL }],
  fires: [{ name: '提出立项申请时无资源目录', facts: at('declared'), asOf: ASOF, severity: 'warning', says: '信息资源目录', ...OFFICIAL }],
});

// 第三十三条 在项目报批阶段，要对产品的安全可靠情况进行说明。
describeRule('heze-2021/art33-product-security-statement', 33, '在项目报批阶段，要对产品的安全可靠情况进行说明', {
  holds: [
    { name: '报批时有产品安全可靠情况说明', facts: at('approved', ['productSecurityStatement']), asOf: ASOF, ...OFFICIAL },
    { name: '评审中（批复前）尚可补充', facts: at('underReview'), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [{ name: '批复时无说明', facts: at('approved'), asOf: ASOF, severity: 'warning', says: '产品安全可靠情况说明', ...OFFICIAL }],
});

// 第十六条 ……签订正式采购合同……
describeRule('heze-2021/art16-contract', 16, '签订正式采购合同', {
  holds: [{ name: '建设实施时合同已上传', facts: at('construction', ['contract']), asOf: ASOF, ...OFFICIAL }],
  fires: [{ name: '建设实施时无合同', facts: at('construction'), asOf: ASOF, severity: 'warning', says: '建设合同', ...OFFICIAL }],
});

// 第十七条 项目牵头部门要会同共建部门，组织建立跨部门的工作协调机制和共建共享机制
describeRule('heze-2021/art17-coordination-mechanism', 17, '组织建立跨部门的工作协调机制和共建共享机制', {
  holds: [
    { name: '共建项目已建立协调机制', facts: at('construction', ['coordinationMechanism'], { coConstruction: true }), asOf: ASOF, ...OFFICIAL },
    { name: '单一部门项目不要求', facts: at('construction'), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [{ name: '共建项目建设中无协调机制', facts: at('construction', [], { coConstruction: true }), asOf: ASOF, severity: 'warning', says: '跨部门工作协调机制', ...OFFICIAL }],
});

// 第十八条 项目建设单位应建立完善政务信息系统项目运行维护管理制度
describeRule('heze-2021/art18-om-management', 18, '项目建设单位应建立完善政务信息系统项目运行维护管理制度', {
  holds: [
    { name: '运行维护有制度（方案）', facts: at('operation', ['omPlan']), asOf: ASOF, ...OFFICIAL },
    { name: '验收阶段尚在准备', facts: at('acceptance'), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [{ name: '运行维护无制度', facts: at('operation'), asOf: ASOF, severity: 'warning', says: '运行维护方案', ...OFFICIAL }],
});

// 第二十三条 ……将验收报告等材料通过项目管理系统报项目审批部门备案。
describeRule('heze-2021/art23-acceptance-report', 23, '将验收报告等材料通过项目管理系统报项目审批部门备案', {
  holds: [{ name: '验收后有验收报告', facts: at('operation', ['acceptanceReport']), asOf: ASOF, ...OFFICIAL }],
  fires: [{ name: '验收后无验收报告', facts: at('operation'), asOf: ASOF, severity: 'warning', says: '验收报告', ...OFFICIAL }],
});

// 第三十三条 项目软硬件产品的安全可靠情况，项目密码应用和安全审查情况作为项目验收的重要内容。
describeRule('heze-2021/art33-product-security-at-acceptance', 33, '项目软硬件产品的安全可靠情况', {
  holds: [{ name: '验收材料含软硬件产品安全可靠情况', facts: at('operation', ['productSecurityReport']), asOf: ASOF, ...OFFICIAL }],
  fires: [{ name: '验收材料缺产品安全可靠情况', facts: at('operation'), asOf: ASOF, severity: 'warning', ...OFFICIAL }],
});

describeRule('heze-2021/art33-crypto-at-acceptance', 33, '项目密码应用和安全审查情况作为项目验收的重要内容', {
  holds: [
    { name: '验收材料含密码应用安全性评估报告', facts: at('operation', ['cryptoAssessmentReport']), asOf: ASOF, ...OFFICIAL },
    { name: '单纯设备采购不涉及密码应用', facts: at('operation', [], { procurementOnly: true }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [{ name: '验收材料缺密码应用情况', facts: at('operation'), asOf: ASOF, severity: 'warning', says: '密码应用安全性评估报告', ...OFFICIAL }],
});

describe('checklistFor: what a heze project needs up to a stage', () => {
  it('declaration of a co-construction project: 第八条、第九条、第二十七条', () => {
    const lines = checklistFor(heze2021, facts({ attributes: { coConstruction: true } }), 'declared', ASOF);
    expect(lines.map((line) => `${line.item.citation.article}:${line.material}`)).toEqual([
      '8:preAssessmentReport',
      '9:implementationPlan',
      '9:budgetEstimate',
      '9:coConstructionPlan',
      '27:resourceCatalogue',
    ]);
  });

  it('operation adds the statement, contract, O&M rules and acceptance documents', () => {
    const lines = checklistFor(heze2021, facts({ materials: ['contract'] }), 'operation', ASOF);
    expect(lines.filter((line) => line.present).map((line) => line.material)).toEqual(['contract']);
    expect(lines.map((line) => line.material)).toEqual([
      'preAssessmentReport',
      'implementationPlan',
      'budgetEstimate',
      'resourceCatalogue',
      'productSecurityStatement',
      'contract',
      'omPlan',
      'acceptanceReport',
      'productSecurityReport',
      'cryptoAssessmentReport',
    ]);
  });
});
