/**
 * The forms as 淅政办[2025]6号 names them: the 建设内容调整 filed with 县发改委
 * (第十七条), the 政务信息系统基础目录清单 (第二十八条), acceptance by the unit
 * with 县发改委、县行政审批和政务信息管理局、县财政局 (第十八条). Forms it does not
 * define are the plain forms, with only this regulation's articles.
 */
import { serves, prescribes, type FormCheck, type JurisdictionForms } from '../../../domain/forms';

const X = 'xichuan-2025';

const acceptanceChecks: FormCheck[] = [
  { text: '项目已建成（建成6个月内组织验收）', article: 18, fact: 'completed' },
  { text: '人工智能大模型的应用效果作为重要评估指标（新建项目）', article: 12, materials: ['aiEffectEvaluation'] },
  { text: '项目软件、硬件产品安全可靠情况', article: 33, materials: ['productSecurityReport'] },
];
const acceptanceMaterials = ['constructionSummary', 'financialReport', 'auditReport', 'securityRiskAssessment'] as const;
const acceptanceBodies = ['县发改委', '县行政审批和政务信息管理局', '县财政局'];

export const xichuanForms: JurisdictionForms = {
  regulation: X,
  places: ['淅川'],
  bodies: ['县行政审批和政务信息管理局', '县发改委', '县财政局', '县委网信办', '县委机要保密局', '县公安局', '县审计局'],
  profiles: {
    'change-filing': {
      defined: true,
      title: '政务信息化项目建设内容调整备案表',
      basis: [prescribes(X, 17)],
      summary: '资金调整数额不超过概算总投资15%的建设内容调整，向县发改委备案。',
      addressees: ['县发改委'],
      opinions: [{ caption: '县行政审批和政务信息管理局意见' }, { caption: '县发改委备案意见' }],
      checklists: [
        {
          caption: '调整情形',
          items: [
            { text: '（一）根据上级和县委、县政府新部署，确需改变建设内容', changeReason: 'superiorDeployment' },
            { text: '（二）根据信息技术发展新变化，确需完善优化技术方案（需县行政审批和政务信息管理局出具意见）', changeReason: 'technologyOptimisation' },
            { text: '（三）根据业务发展需要，在已批复项目的框架下适当调整建设进度', changeReason: 'scheduleAdjustment' },
            { text: '其他：不符合上述情形的，按照有关规定履行相应手续', changeReason: 'other' },
          ],
        },
      ],
    },
    'system-inventory': {
      defined: true,
      title: '政务信息系统基础目录清单',
      basis: [prescribes(X, 28)],
      summary: '每年编制，列明已建成投入运行的政务信息系统，报县行政审批和政务信息管理局备案。',
      addressees: ['县行政审批和政务信息管理局'],
      notes: ['本清单报县行政审批和政务信息管理局备案。'],
    },
    'declaration-approval': {
      defined: false,
      basis: [serves(X, 7)],
      summary: '每年6月底前报送下年度拟建设（或采购）的项目材料，由县行政审批和政务信息管理局审查。',
      addressees: ['县行政审批和政务信息管理局'],
      opinions: [{ caption: '县行政审批和政务信息管理局审查意见' }, { caption: '县发改委意见' }],
      checklists: [
        {
          caption: '审查内容',
          items: [
            { text: '建设的必要性', article: 7 },
            { text: '规模的合理性', article: 7 },
            { text: '技术的先进性', article: 7 },
            { text: '安全的可靠性', article: 7 },
            { text: '项目的集约性', article: 7 },
          ],
        },
        { caption: '人工智能大模型', items: [{ text: '调研人工智能大模型的应用场景，明确具体应用需求（新建项目）', article: 12, materials: ['aiApplicationAnalysis'] }] },
      ],
    },
    'technical-design-outline': {
      defined: false,
      basis: [serves(X, 9), serves(X, 26)],
      summary: '按初步设计（实施方案）的章节编写，含信息资源共享分析篇（章），报县行政审批和政务信息管理局技术性审查。',
      addressees: ['县行政审批和政务信息管理局'],
      checklists: [
        {
          caption: '本办法的要求',
          items: [
            { text: '信息资源共享分析篇（章）：信息资源共享应用分析、信息资源目录、数据共享开放清单', article: 26, materials: ['sharingAnalysisChapter'] },
            { text: '依托县级政务云平台和县级电子政务网络平台集约化部署', article: 25, fact: 'govCloud' },
            { text: '人工智能大模型在数据处理、智能分析、自动化服务等方面的应用需求', article: 12, materials: ['aiApplicationAnalysis'] },
            { text: '同步规划、同步建设、同步运行密码保障系统', article: 31, fact: 'cryptoPlanned' },
            { text: '优先采购自主可靠的关键产品', article: 33, fact: 'keyProductsDomestic' },
          ],
        },
      ],
    },
    'supervision-request': {
      defined: false,
      basis: [serves(X, 16)],
      checklists: [{ caption: '监理要求', items: [{ text: '委托具有资质的监理单位对项目建设进行工程监理', article: 16, materials: ['supervisionContract'] }] }],
    },
    'acceptance-application': {
      defined: false,
      basis: [serves(X, 18), serves(X, 19)],
      summary: '项目建成6个月内由项目建设单位组织验收，对照验收材料做好准备。',
      participants: acceptanceBodies,
      checklists: [{ caption: '验收要求', items: acceptanceChecks }],
      materials: acceptanceMaterials,
    },
    'acceptance-report': {
      defined: false,
      basis: [serves(X, 18)],
      summary: '项目建设单位组织验收，县发改委、县行政审批和政务信息管理局、县财政局等部门可参与。',
      organisers: ['项目建设单位'],
      participants: acceptanceBodies,
      checklists: [{ caption: '验收内容', items: acceptanceChecks }],
      materials: acceptanceMaterials,
    },
    'annual-plan': { defined: false, basis: [serves(X, 7)] },
  },
};
