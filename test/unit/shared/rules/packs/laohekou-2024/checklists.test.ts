import { describe, expect, it } from 'vitest';
import type { MaterialCode } from '../../../../../../shared/domain/materials';
import { checklistFor } from '../../../../../../shared/rules/framework/check';
import type { ProjectFactsInput } from '../../../../../../shared/rules/framework/facts';
import { laohekou2024 } from '../../../../../../shared/rules/packs/laohekou-2024';
import { facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2025-06-03';
const at = (stage: 'declared' | 'underReview' | 'procurement' | 'construction' | 'trialRun' | 'acceptance' | 'operation', materials: MaterialCode[] = [], attributes: ProjectFactsInput['attributes'] = {}) =>
  facts({ project: { stage }, materials, attributes });

// 第六条 ……并以书面形式向市城市运行管理中心提出建设需求。
describeRule('laohekou-2024/art6-written-demand', 6, '并以书面形式向市城市运行管理中心提出建设需求', {
  holds: [
    { name: '以书面形式提出建设需求', facts: at('declared', ['declarationForm']), asOf: ASOF },
    { name: '编制中尚不要求', facts: facts(), asOf: ASOF },
  ],
  fires: [{ name: '已申报但无书面建设需求', facts: at('declared'), asOf: ASOF, severity: 'warning', says: '项目申报材料' }],
});

// 第七条 统一答辩、评估和论证重点参考:……(五)是否明确项目建设成果共享及成果共享机制;
describeRule('laohekou-2024/art7-result-sharing', 7, '是否明确项目建设成果共享及成果共享机制', {
  holds: [
    { name: '论证时已说明成果共享机制', facts: at('underReview', ['resultSharingPlan']), asOf: ASOF },
    { name: '已申报、尚未论证', facts: at('declared'), asOf: ASOF },
  ],
  fires: [{ name: '论证时未说明成果共享机制', facts: at('underReview'), asOf: ASOF, severity: 'warning', says: '建设成果共享及共享机制说明' }],
});

// 第七条 (六)是否明确项目建成后的推广应用方案和运行维护方案。
describeRule('laohekou-2024/art7-promotion-and-om-plans', 7, '是否明确项目建成后的推广应用方案和运行维护方案', {
  holds: [{ name: '论证时两个方案齐全', facts: at('underReview', ['promotionPlan', 'omPlan']), asOf: ASOF }],
  fires: [{ name: '缺运行维护方案', facts: at('underReview', ['promotionPlan']), asOf: ASOF, severity: 'warning', says: '尚缺：运行维护方案' }],
});

// 第二十五条 信息化项目建设单位应当设定科学、合理的财政支出绩效目标
describeRule('laohekou-2024/art25-performance-targets', 25, '应当设定科学、合理的财政支出绩效目标', {
  holds: [
    { name: '采购前已设定绩效目标', facts: at('procurement', ['performanceTargets']), asOf: ASOF },
    { name: '论证阶段尚不要求', facts: at('underReview'), asOf: ASOF },
  ],
  fires: [{ name: '采购时无绩效目标', facts: at('procurement'), asOf: ASOF, severity: 'warning', says: '绩效目标和绩效指标' }],
});

// 第十三条 ……严格执行项目法人、招标投标、政府采购、项目监理、合同管理等制度。
describeRule('laohekou-2024/art13-contract', 13, '并严格执行项目法人、招标投标、政府采购、项目监理、合同管理等制度', {
  holds: [{ name: '建设实施时合同已上传', facts: at('construction', ['contract']), asOf: ASOF }],
  fires: [{ name: '建设实施时无合同', facts: at('construction'), asOf: ASOF, severity: 'warning', says: '建设合同' }],
});

// 第十八条 ……书面向市城市运行管理中心提交派驻项目监理单位的申请(见附件2)
describeRule('laohekou-2024/art18-supervision-application', 18, '书面向市城市运行管理中心提交派驻项目监理单位的申请(见附件2)', {
  holds: [
    { name: '已上传派驻监理申请', facts: at('construction', ['supervisionApplication']), asOf: ASOF },
    { name: '设计咨询、测评等服务不纳入统一监理', facts: at('construction', [], { advisoryService: true }), asOf: ASOF },
  ],
  fires: [{ name: '建设实施时无派驻监理申请', facts: at('construction'), asOf: ASOF, severity: 'warning', says: '监理派驻申请' }],
});

// 第二十三条 (二)系统通过初验并经过不少于一个月的安全稳定试运行;
describeRule('laohekou-2024/art23-initial-acceptance-report', 23, '系统通过初验', {
  holds: [{ name: '试运行时已有初验报告', facts: at('trialRun', ['preliminaryAcceptanceReport']), asOf: ASOF }],
  fires: [{ name: '试运行时无初验报告', facts: at('trialRun'), asOf: ASOF, severity: 'warning', says: '初步验收报告' }],
});

describeRule('laohekou-2024/art23-trial-run-report', 23, '经过不少于一个月的安全稳定试运行', {
  holds: [
    { name: '验收时已有试运行报告', facts: at('acceptance', ['preliminaryAcceptanceReport', 'trialRunReport']), asOf: ASOF },
    { name: '试运行中尚不要求', facts: at('trialRun', ['preliminaryAcceptanceReport']), asOf: ASOF },
  ],
  fires: [{ name: '验收时无试运行报告', facts: at('acceptance'), asOf: ASOF, severity: 'warning', says: '试运行报告' }],
});

// 第二十三条 (五)项目使用单位出具了满足使用需求的用户报告;
describeRule('laohekou-2024/art23-user-report', 23, '项目使用单位出具了满足使用需求的用户报告', {
  holds: [{ name: '验收后有用户报告', facts: at('operation', ['userReport']), asOf: ASOF }],
  fires: [{ name: '验收后无用户报告', facts: at('operation'), asOf: ASOF, severity: 'warning', says: '用户使用报告' }],
});

// 第二十三条 (六)项目已完成相关培训工作;
describeRule('laohekou-2024/art23-training-record', 23, '项目已完成相关培训工作', {
  holds: [{ name: '验收后有培训记录', facts: at('operation', ['trainingRecord']), asOf: ASOF }],
  fires: [{ name: '验收后无培训记录', facts: at('operation'), asOf: ASOF, severity: 'warning', says: '培训记录' }],
});

// 第二十三条 (八)平台类项目系统已通过第三方软件专业检测机构的测试并出具了软件测评报告,
describeRule('laohekou-2024/art23-software-test-report', 23, '平台类项目系统已通过第三方软件专业检测机构的测试并出具了软件测评报告', {
  holds: [
    { name: '平台类项目有软件测评报告', facts: at('operation', ['softwareTestReport'], { platformProject: true }), asOf: ASOF },
    { name: '非平台类项目不要求', facts: at('operation'), asOf: ASOF },
  ],
  fires: [{ name: '平台类项目无软件测评报告', facts: at('operation', [], { platformProject: true }), asOf: ASOF, severity: 'warning', says: '软件测评报告' }],
});

// 第二十三条 (八)……数据采集已通过第三方具有数据成果质检资质的检测并出具了数据质检报告;
describeRule('laohekou-2024/art23-data-quality-report', 23, '数据采集已通过第三方具有数据成果质检资质的检测并出具了数据质检报告', {
  holds: [
    { name: '涉及数据采集的项目有数据质检报告', facts: at('operation', ['dataQualityReport'], { collectsData: true }), asOf: ASOF },
    { name: '不涉及数据采集', facts: at('operation', [], { platformProject: true }), asOf: ASOF },
  ],
  fires: [{ name: '涉及数据采集而无数据质检报告', facts: at('operation', [], { collectsData: true }), asOf: ASOF, severity: 'warning', says: '数据质检报告' }],
});

// 第二十四条 ……报送签字盖章的项目验收报告(见附件3)
describeRule('laohekou-2024/art24-acceptance-report', 24, '报送签字盖章的项目验收报告(见附件3)', {
  holds: [{ name: '验收后有验收报告', facts: at('operation', ['acceptanceReport']), asOf: ASOF }],
  fires: [{ name: '验收后无验收报告', facts: at('operation'), asOf: ASOF, severity: 'warning', says: '验收报告' }],
});

// 第二十条 ……项目建设单位在项目建设完成后对监理单位服务打分,作为监理费用的结算参考依据。
describeRule('laohekou-2024/art20-supervision-score', 20, '项目建设单位在项目建设完成后对监理单位服务打分', {
  holds: [
    { name: '验收后已对监理单位打分', facts: at('operation', ['supervisionScore']), asOf: ASOF },
    { name: '设计咨询、测评等服务无统一监理', facts: at('operation', [], { advisoryService: true }), asOf: ASOF },
  ],
  fires: [{ name: '验收后未对监理单位打分', facts: at('operation'), asOf: ASOF, severity: 'warning', says: '监理单位服务评分' }],
});

describe('checklistFor: what a project needs up to a stage', () => {
  it('acceptance of a platform project that collects data: 第六、七、二十五、十三、十八、二十三条 materials up to the trial-run report', () => {
    const lines = checklistFor(laohekou2024, facts({ attributes: { platformProject: true, collectsData: true } }), 'acceptance', ASOF);
    expect(lines.map((line) => line.material)).toEqual([
      'declarationForm',
      'resultSharingPlan',
      'promotionPlan',
      'omPlan',
      'performanceTargets',
      'contract',
      'supervisionApplication',
      'preliminaryAcceptanceReport',
      'trialRunReport',
    ]);
    expect(lines.every((line) => !line.present)).toBe(true);
  });

  it('operation adds the acceptance documents; a design-consulting service needs no supervision or trial-run papers', () => {
    const consulting = checklistFor(laohekou2024, facts({ project: { projectClass: 'service' }, attributes: { advisoryService: true } }), 'operation', ASOF);
    expect(consulting.map((line) => line.material)).toEqual(['declarationForm', 'resultSharingPlan', 'promotionPlan', 'omPlan', 'performanceTargets', 'contract', 'acceptanceReport']);
  });
});
