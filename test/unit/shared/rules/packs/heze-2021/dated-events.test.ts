/**
 * Issue 12: heze judged by dated events — “before X” by date (第八条、第九条、第十二条、第二十七条、
 * 第三十三条), scope (第二条), and the facts recordable since (第十四条、第三十一条、第三十五条).
 */
import { describe, expect, it } from 'vitest';
import type { MaterialCode } from '../../../../../../shared/domain/materials';
import { checkProject } from '../../../../../../shared/rules/framework/check';
import { heze2021 } from '../../../../../../shared/rules/packs/heze-2021';
import { describeBeforeX } from '../../support/before-x';
import { facts, on, review } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';
import { ASOF, OFFICIAL } from './fixtures';

const DECLARED = '2021-06-15';
const declared = on('declarationSubmitted', DECLARED);
const withMaterial = (code: MaterialCode) => (date: string) =>
  facts({ events: [declared], materials: [{ code, date }] });

// 第八条 项目建设单位在报市大数据局立项前，需进行事前绩效评估 — “前”: same day is in time.
describeBeforeX('heze-2021/art8-pre-assessment-report', '事前绩效评估报告在报市大数据局立项前', {
  step: DECLARED, build: withMaterial('preAssessmentReport'), asOf: ASOF, severity: 'warning', says: '日期晚于', ...OFFICIAL,
});
describeBeforeX('heze-2021/art8-pre-assessment', '事前绩效评估（结论）在报市大数据局立项前', {
  step: DECLARED,
  build: (day) => facts({ events: [review('preAssessment', day), declared] }),
  asOf: ASOF, severity: 'blocking', says: '晚于报市大数据局立项', ...OFFICIAL,
});
// 第二十七条 项目建设单位提出立项申请前应……编制相应政务信息资源目录
describeBeforeX('heze-2021/art27-resource-catalogue', '政务信息资源目录在提出立项申请前', {
  step: DECLARED, build: withMaterial('resourceCatalogue'), asOf: ASOF, severity: 'warning', ...OFFICIAL,
});
// 第十二条 项目建设单位按有关规定程序组织申报前，须取得市大数据局同意申报的审核意见
describeBeforeX('heze-2021/art12-superior-declaration', '同意申报的审核意见在组织申报前', {
  step: DECLARED,
  build: (day) => facts({ events: [review('technical', day), declared], attributes: { superiorDeclared: true } }),
  asOf: ASOF, severity: 'blocking', says: '向上级部门组织申报', ...OFFICIAL,
});
// 第九条 申报内容原则上包括项目建设方案和投资预算 — at the declaration.
describeBeforeX('heze-2021/art9-declaration-contents', '建设方案和投资预算随申报', {
  step: DECLARED,
  build: (day) => facts({ events: [declared], materials: [{ code: 'implementationPlan', date: DECLARED }, { code: 'budgetEstimate', date: day }] }),
  asOf: ASOF, severity: 'warning', ...OFFICIAL,
});
// 第三十三条 在项目报批阶段，要对产品的安全可靠情况进行说明 — at the 立项 request.
describeBeforeX('heze-2021/art33-product-security-statement', '产品安全可靠情况说明在报批时', {
  step: DECLARED, build: withMaterial('productSecurityStatement'), asOf: ASOF, severity: 'warning', ...OFFICIAL,
});
// 第三十三条 ……作为项目验收的重要内容 — at the acceptance request.
describeBeforeX('heze-2021/art33-product-security-at-acceptance', '软硬件产品安全可靠情况报告在验收时', {
  step: '2022-03-01',
  build: (day) => facts({ events: [on('finalAcceptanceApplied', '2022-03-01')], materials: [{ code: 'productSecurityReport', date: day }] }),
  asOf: ASOF, severity: 'warning', ...OFFICIAL,
});
// 第十一条 市大数据局的审核意见是项目立项……的前提: 投资立项审批 dated before the opinion is out of order.
describeBeforeX('heze-2021/art11-review-opinion', '审核意见在投资立项审批之前', {
  step: '2021-05-06',
  build: (day) => facts({ project: { stage: 'procurement' }, events: [review('preAssessment', '2021-03-01'), declared, review('technical', day), review('establishment', '2021-05-06')] }),
  asOf: ASOF, severity: 'blocking', says: '应在先', ...OFFICIAL,
});

describe('heze: the 立项 request binds the prerequisites, whatever the stage field says', () => {
  it('a draft whose declaration is recorded is judged at the declaration', () => {
    const findings = checkProject(heze2021, facts({ events: [declared] }), ASOF, OFFICIAL.options);
    expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['heze-2021/art8-pre-assessment-report', 'heze-2021/art8-pre-assessment', 'heze-2021/art27-resource-catalogue']));
  });
  it('an undated material is shown as 日期不详 (info), not taken as present from the start', () => {
    const findings = checkProject(heze2021, facts({ events: [declared], materials: ['preAssessmentReport'] }), ASOF, OFFICIAL.options).filter(
      (f) => f.ruleId === 'heze-2021/art8-pre-assessment-report',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.message).toContain('日期不详');
  });
  it('a material dated after the check day is not there yet', () => {
    const findings = checkProject(heze2021, withMaterial('preAssessmentReport')('2022-07-01'), ASOF, OFFICIAL.options).filter(
      (f) => f.ruleId === 'heze-2021/art8-pre-assessment-report',
    );
    expect(findings[0]!.message).toContain('尚缺');
  });
});

// 第二条 ……前款所称政务部门是指市级行政机关和事业单位……（不含市属高校、公立医院）。
describeRule('heze-2021/art2-universities-and-hospitals', 2, '不含市属高校、公立医院', {
  holds: [
    { name: '市级行政机关的项目', facts: facts({ project: { ownerType: 'organ' } }), asOf: ASOF, ...OFFICIAL },
    { name: '部门所属事业单位的项目', facts: facts({ project: { ownerType: 'publicInstitution' } }), asOf: ASOF, ...OFFICIAL },
    { name: '建设单位性质未登记：按适用处理', facts: facts(), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [
    { name: '市属高校', facts: facts({ project: { ownerType: 'municipalUniversity' } }), asOf: ASOF, severity: 'info', says: '不含市属高校、公立医院', ...OFFICIAL },
    { name: '公立医院', facts: facts({ project: { ownerType: 'publicHospital' } }), asOf: ASOF, severity: 'info', ...OFFICIAL },
  ],
});
describeRule('heze-2021/art2-not-government-department', 2, '前款所称政务部门是指市级行政机关和事业单位', {
  holds: [{ name: '行政机关', facts: facts({ project: { ownerType: 'organ' } }), asOf: ASOF, ...OFFICIAL }],
  fires: [
    { name: '国有企业', facts: facts({ project: { ownerType: 'stateOwnedEnterprise' } }), asOf: ASOF, severity: 'info', ...OFFICIAL },
    { name: '其他单位', facts: facts({ project: { ownerType: 'other' } }), asOf: ASOF, severity: 'info', ...OFFICIAL },
  ],
});
describe('heze 第二条: out of scope means one info finding and nothing else', () => {
  it.each(['municipalUniversity', 'publicHospital', 'stateOwnedEnterprise', 'other'] as const)('%s', (ownerType) => {
    const findings = checkProject(heze2021, facts({ project: { ownerType, stage: 'construction' }, events: [declared] }), ASOF, OFFICIAL.options);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.article).toBe(2);
  });
});

// 第十四条 各部门所有政务信息化项目，均应当在……项目管理平台报批或者备案。
describeRule('heze-2021/art14-platform-registration', 14, '均应当在菏泽市市级政务信息系统项目综合管理系统（以下简称项目管理平台）报批或者备案', {
  holds: [
    { name: '已在项目管理平台报批', facts: facts({ events: [on('platformRegistered', '2021-06-10'), declared] }), asOf: ASOF, ...OFFICIAL },
    { name: '尚未申报', facts: facts(), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [{ name: '已申报，未在平台报批或备案', facts: facts({ events: [declared] }), asOf: ASOF, severity: 'warning', says: '项目管理平台', ...OFFICIAL }],
});

// 第三十一条 ……严格落实等级保护和分级保护要求
describeRule('heze-2021/art31-classified-protection', 31, '严格落实等级保护和分级保护要求', {
  holds: [
    { name: '涉密系统已落实分级保护', facts: facts({ project: { stage: 'construction' }, attributes: { classified: true }, compliance: { security: { classifiedProtection: true } } }), asOf: ASOF, ...OFFICIAL },
    { name: '非涉密系统不需分级保护', facts: facts({ project: { stage: 'construction' }, compliance: { security: { classifiedProtection: false } } }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [
    { name: '涉密系统未落实分级保护', facts: facts({ project: { stage: 'construction' }, attributes: { classified: true }, compliance: { security: { classifiedProtection: false } } }), asOf: ASOF, severity: 'warning', ...OFFICIAL },
    { name: '涉密系统未登记分级保护', facts: facts({ project: { stage: 'operation' }, attributes: { classified: true } }), asOf: ASOF, severity: 'info', says: '尚未登记', ...OFFICIAL },
  ],
});
// 第三十一条 ……建立网络安全管理制度，采取技术措施
describeRule('heze-2021/art31-network-security', 31, '建立网络安全管理制度，采取技术措施', {
  holds: [
    { name: '已建立制度、采取措施', facts: facts({ project: { stage: 'operation' }, compliance: { security: { managementRules: true, technicalMeasures: true } } }), asOf: ASOF, ...OFFICIAL },
    { name: '建设中尚不检查', facts: facts({ project: { stage: 'construction' }, compliance: { security: { managementRules: false } } }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [
    { name: '未采取技术措施', facts: facts({ project: { stage: 'operation' }, compliance: { security: { managementRules: true, technicalMeasures: false } } }), asOf: ASOF, severity: 'warning', says: '网络安全技术措施', ...OFFICIAL },
    { name: '未登记', facts: facts({ project: { stage: 'operation' } }), asOf: ASOF, severity: 'info', ...OFFICIAL },
  ],
});

// 第三十五条 ……应当责令项目建设单位限期整改
const ordered = { kind: 'rectificationOrdered' as const, date: '2022-03-01', dueDate: '2022-03-31' };
describeRule('heze-2021/art35-rectify-within-limit', 35, '应当责令项目建设单位限期整改', {
  holds: [
    { name: '期限当天完成整改', facts: facts({ events: [ordered, on('rectificationCompleted', '2022-03-31')] }), asOf: ASOF, ...OFFICIAL },
    { name: '未责令整改', facts: facts(), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [
    { name: '期限次日仍未整改', facts: facts({ events: [ordered] }), asOf: '2022-04-01', severity: 'warning', says: '已逾期 1 天', ...OFFICIAL },
    { name: '期限当天尚未整改：提示', facts: facts({ events: [ordered] }), asOf: '2022-03-31', severity: 'info', dueDate: '2022-03-31', ...OFFICIAL },
    { name: '逾期完成仍可见', facts: facts({ events: [ordered, on('rectificationCompleted', '2022-04-02')] }), asOf: ASOF, severity: 'info', says: '逾期 2 天', ...OFFICIAL },
  ],
});
