/**
 * The forms as 河政规〔2024〕1号 names them: 附件1 技术设计书编制指南 (第十条),
 * 附件2 派驻项目监理单位的申请 (第十八条), 附件3 项目验收报告 (第二十四条), the
 * 自评价报告 (第二十六条), and the bodies each goes to. Forms it does not define
 * are the plain forms, with only this regulation's articles.
 */
import { prescribes, serves, type FormCheck, type JurisdictionForms } from '../../../domain/forms';

const L = 'laohekou-2024';

/** 第二十三条 (一)–(九): what the acceptance checks. */
const acceptanceConditions: FormCheck[] = [
  { text: '（一）完成全部建设内容，技术指标达到设计要求，信创安全符合国家、省、襄阳市规定', fact: 'completed' },
  { text: '（二）系统通过初验并经过不少于一个月的安全稳定试运行', fact: 'preliminaryAndTrialRun' },
  { text: '（三）项目验收文件资料齐全', materials: ['preliminaryAcceptanceReport', 'trialRunReport'] },
  { text: '（四）合同义务履行完毕（不含售后服务部分）', fact: 'contractFulfilled' },
  { text: '（五）项目使用单位出具了满足使用需求的用户报告', materials: ['userReport'] },
  { text: '（六）项目已完成相关培训工作', materials: ['trainingRecord'] },
  { text: '（七）部署在（迁移至）大数据中心政务云，实现了数据资源共享', fact: 'govCloudAndShared' },
  { text: '（八）平台类项目通过第三方软件测评，数据采集通过第三方数据质检（不涉及的视为满足）', fact: 'platformChecks' },
  { text: '（九）其他需要验收的事宜' },
].map((item) => ({ ...item, article: 23 }) as FormCheck);

const acceptanceMaterials = ['preliminaryAcceptanceReport', 'trialRunReport', 'userReport', 'trainingRecord', 'softwareTestReport', 'dataQualityReport', 'contract'] as const;

export const laohekouForms: JurisdictionForms = {
  regulation: L,
  places: ['老河口', '襄阳', '湖北'],
  bodies: ['市城市运行管理中心', '大数据中心政务云', '市发展和改革局', '市发改局', '市住房和城乡建设局', '市财政局', '市审计局'],
  profiles: {
    'technical-design-outline': {
      defined: true,
      title: '信息化项目技术设计书（编制提纲）',
      attachment: 1,
      basis: [prescribes(L, 10, 1), serves(L, 12)],
      summary: '按技术设计书编制指南组织编写，报市城市运行管理中心技术评审。',
      addressees: ['市城市运行管理中心'],
      checklists: [
        {
          caption: '本办法的要求',
          items: [
            { text: '已列入全市城乡建设项目计划', article: 10 },
            { text: '统一在大数据中心政务云中部署和运行，不得重复建设', article: 16, fact: 'govCloud' },
            { text: '接入全市政务数据共享交换平台', article: 16, fact: 'dataShared' },
            { text: '平台类项目软件测评、数据采集第三方质检', article: 23, fact: 'platformChecks' },
            { text: '科学、合理的财政支出绩效目标和清晰、量化、便于考核的绩效指标', article: 25, materials: ['performanceTargets'] },
          ],
        },
      ],
    },
    'supervision-request': {
      defined: true,
      title: '信息化项目派驻监理单位申请书',
      attachment: 2,
      basis: [prescribes(L, 18, 2)],
      summary: '确定中标结果后5个工作日内书面申请派驻监理单位。',
      addressees: ['市城市运行管理中心'],
      opinions: [{ caption: '市城市运行管理中心意见', prompt: '派驻监理单位：' }],
    },
    'acceptance-application': {
      defined: false,
      basis: [serves(L, 21), serves(L, 23)],
      summary: '对照第二十三条的验收条件，向统一组织验收的市财政局、市城市运行管理中心提出验收。',
      addressees: ['市财政局', '市城市运行管理中心'],
      opinions: [{ caption: '市城市运行管理中心意见', prompt: '验收条件审查：' }],
      checklists: [{ caption: '验收条件', items: acceptanceConditions }],
      materials: acceptanceMaterials,
    },
    'acceptance-report': {
      defined: true,
      title: '信息化项目验收报告',
      attachment: 3,
      basis: [prescribes(L, 24, 3), serves(L, 22), serves(L, 23)],
      summary: '通过验收后向市财政局、市城市运行管理中心报送签字盖章的项目验收报告。',
      organisers: ['市财政局', '市城市运行管理中心'],
      addressees: ['市财政局', '市城市运行管理中心'],
      participants: ['建设单位', '监理单位', '承建单位', '使用单位'],
      checklists: [{ caption: '验收内容', items: acceptanceConditions }],
      materials: acceptanceMaterials,
    },
    'performance-self-evaluation': {
      defined: true,
      basis: [prescribes(L, 26), serves(L, 25)],
      summary: '验收并投入运行后12至24个月内，结合绩效目标开展自评价。',
      addressees: ['市城市运行管理中心', '市财政局', '使用单位'],
      evaluationMonths: [12, 24],
    },
    'declaration-approval': {
      defined: false,
      title: '信息化项目建设需求申报表',
      basis: [serves(L, 6), serves(L, 7)],
      summary: '以书面形式向市城市运行管理中心提出建设需求，供统一答辩、评估和论证。',
      addressees: ['市城市运行管理中心'],
      opinions: [{ caption: '市城市运行管理中心论证意见' }],
      checklists: [
        {
          caption: '答辩、评估和论证重点',
          items: [
            { text: '（一）符合上级和本级的决策部署、重点工作要求', article: 7 },
            { text: '（二）符合全市信息化和智慧城市总体规划以及数字政府建设规划', article: 7 },
            { text: '（三）建设依据充分，需求描述完整（目的、现状、内容、运行环境、概算及效益）', article: 7 },
            { text: '（四）没有重复建设内容', article: 7 },
            { text: '（五）明确项目建设成果共享及成果共享机制', article: 7, materials: ['resultSharingPlan'] },
            { text: '（六）明确推广应用方案和运行维护方案', article: 7, materials: ['promotionPlan', 'omPlan'] },
          ],
        },
      ],
    },
    'change-filing': {
      defined: false,
      basis: [serves(L, 23)],
      summary: '验收时检查项目内容、工期等变更是否按规定程序获得批准。',
    },
    'annual-plan': { defined: false, basis: [serves(L, 3)] },
  },
};
