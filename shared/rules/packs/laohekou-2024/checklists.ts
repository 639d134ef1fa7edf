/**
 * Materials per stage, as plain data. Each item is also a rule (its id) that
 * warns when a project is at or past the gate without them. Documents that
 * may be one of two (实施方案或初步设计; 技术设计书(或建设方案)) are in design.ts.
 *
 * 第二十三条(三) “项目验收文件资料齐全” is the sum of the acceptance items below.
 */
import type { ChecklistItem } from '../../framework/checklist';
import { acceptance, argument, demand, trialRun } from './checkpoints';
import { art, ruleId } from './meta';

/** 第十七条、第二十一条: 设计咨询、测评等服务 are outside 统一监理 and 统一验收. */
const hardwareAndSoftware = { flags: { advisoryService: false } } as const;

export const laohekouChecklists: readonly ChecklistItem[] = [
  // 第六条 市直各部门应……编制信息化项目建设意向,明确建设目标、建设内容及投资估算等信息,并以书面形式向市城市运行管理中心提出建设需求。
  {
    id: ruleId('art6-written-demand'),
    title: '书面建设需求（建设意向）',
    citation: art(6),
    quote: '并以书面形式向市城市运行管理中心提出建设需求',
    gate: 'declared',
    materials: ['declarationForm'],
    at: demand,
  },
  // 第七条 统一答辩、评估和论证重点参考:……(五)是否明确项目建设成果共享及成果共享机制;
  {
    id: ruleId('art7-result-sharing'),
    title: '建设成果共享及共享机制',
    citation: art(7),
    quote: '是否明确项目建设成果共享及成果共享机制',
    gate: 'underReview',
    materials: ['resultSharingPlan'],
    at: argument,
  },
  // 第七条 (六)是否明确项目建成后的推广应用方案和运行维护方案。
  {
    id: ruleId('art7-promotion-and-om-plans'),
    title: '推广应用方案和运行维护方案',
    citation: art(7),
    quote: '是否明确项目建成后的推广应用方案和运行维护方案',
    gate: 'underReview',
    materials: ['promotionPlan', 'omPlan'],
    at: argument,
  },
  // 第二十五条 信息化项目建设单位应当设定科学、合理的财政支出绩效目标,围绕绩效目标编制清晰、量化、便于考核的绩效指标。
  // Set with the budget, which 第十二条 reviews before procurement.
  {
    id: ruleId('art25-performance-targets'),
    title: '绩效目标和绩效指标',
    citation: art(25),
    quote: '应当设定科学、合理的财政支出绩效目标',
    gate: 'procurement',
    materials: ['performanceTargets'],
  },
  // 第十三条 项目建设单位……并严格执行项目法人、招标投标、政府采购、项目监理、合同管理等制度。
  {
    id: ruleId('art13-contract'),
    title: '合同',
    citation: art(13),
    quote: '并严格执行项目法人、招标投标、政府采购、项目监理、合同管理等制度',
    gate: 'construction',
    materials: ['contract'],
  },
  // 第十八条 ……书面向市城市运行管理中心提交派驻项目监理单位的申请(见附件2)
  {
    id: ruleId('art18-supervision-application'),
    title: '派驻监理申请（附件2）',
    citation: art(18),
    quote: '书面向市城市运行管理中心提交派驻项目监理单位的申请(见附件2)',
    gate: 'construction',
    materials: ['supervisionApplication'],
    appliesTo: hardwareAndSoftware,
  },
  // 第二十三条 (二)系统通过初验并经过不少于一个月的安全稳定试运行;
  {
    id: ruleId('art23-initial-acceptance-report'),
    title: '初验报告',
    citation: art(23),
    quote: '系统通过初验',
    gate: 'trialRun',
    materials: ['preliminaryAcceptanceReport'],
    at: trialRun,
    appliesTo: hardwareAndSoftware,
  },
  {
    id: ruleId('art23-trial-run-report'),
    title: '试运行报告',
    citation: art(23),
    quote: '经过不少于一个月的安全稳定试运行',
    gate: 'acceptance',
    materials: ['trialRunReport'],
    at: acceptance,
    appliesTo: hardwareAndSoftware,
  },
  // 第二十三条 (五)项目使用单位出具了满足使用需求的用户报告;
  {
    id: ruleId('art23-user-report'),
    title: '用户报告',
    citation: art(23),
    quote: '项目使用单位出具了满足使用需求的用户报告',
    gate: 'operation',
    materials: ['userReport'],
    at: acceptance,
    appliesTo: hardwareAndSoftware,
  },
  // 第二十三条 (六)项目已完成相关培训工作;
  {
    id: ruleId('art23-training-record'),
    title: '培训记录',
    citation: art(23),
    quote: '项目已完成相关培训工作',
    gate: 'operation',
    materials: ['trainingRecord'],
    at: acceptance,
    appliesTo: hardwareAndSoftware,
  },
  // 第二十三条 (八)平台类项目系统已通过第三方软件专业检测机构的测试并出具了软件测评报告,
  {
    id: ruleId('art23-software-test-report'),
    title: '软件测评报告（平台类项目）',
    citation: art(23),
    quote: '平台类项目系统已通过第三方软件专业检测机构的测试并出具了软件测评报告',
    gate: 'operation',
    materials: ['softwareTestReport'],
    at: acceptance,
    appliesTo: { flags: { advisoryService: false, platformProject: true } },
  },
  // 第二十三条 (八)……数据采集已通过第三方具有数据成果质检资质的检测并出具了数据质检报告;
  // Read as its own clause: any project that collects data.
  {
    id: ruleId('art23-data-quality-report'),
    title: '数据质检报告（数据采集）',
    citation: art(23),
    quote: '数据采集已通过第三方具有数据成果质检资质的检测并出具了数据质检报告',
    gate: 'operation',
    materials: ['dataQualityReport'],
    at: acceptance,
    appliesTo: { flags: { advisoryService: false, collectsData: true } },
  },
  // 第二十四条 信息化项目通过验收后,由项目建设单位向市财政局、市城市运行管理中心报送签字盖章的项目验收报告(见附件3)
  {
    id: ruleId('art24-acceptance-report'),
    title: '项目验收报告（附件3）',
    citation: art(24),
    quote: '报送签字盖章的项目验收报告(见附件3)',
    gate: 'operation',
    materials: ['acceptanceReport'],
  },
  // 第二十条 ……项目建设单位在项目建设完成后对监理单位服务打分,作为监理费用的结算参考依据。
  {
    id: ruleId('art20-supervision-score'),
    title: '监理单位服务评分',
    citation: art(20),
    quote: '项目建设单位在项目建设完成后对监理单位服务打分',
    gate: 'operation',
    materials: ['supervisionScore'],
    appliesTo: hardwareAndSoftware,
  },
];
