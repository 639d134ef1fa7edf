/**
 * The forms as 菏政办字〔2021〕1号 names them: the 立项申请 to 市大数据局 (第七条至
 * 第十条), the 竣工验收申请报告 and 验收报告 (第二十三条), the 自评价报告 (第二十四条).
 * Forms it does not define are the plain forms, with only this regulation's articles.
 */
import { prescribes, serves, type FormCheck, type JurisdictionForms } from '../../../domain/forms';

const H = 'heze-2021';

const acceptanceChecks: FormCheck[] = [
  { text: '项目软硬件产品的安全可靠情况', article: 33, materials: ['productSecurityReport'] },
  { text: '项目密码应用和安全审查情况', article: 33, materials: ['cryptoAssessmentReport'] },
  { text: '按规定接入市共享交换平台，按要求共享数据资源', article: 30, fact: 'dataShared' },
];
const acceptanceMaterials = ['constructionSummary', 'productSecurityReport', 'cryptoAssessmentReport'] as const;

export const hezeForms: JurisdictionForms = {
  regulation: H,
  places: ['菏泽', '山东'],
  bodies: ['市大数据局', '市发展改革委', '市财政局', '市审计局', '市保密局', '市密码管理部门'],
  profiles: {
    'declaration-approval': {
      defined: false,
      title: '政务信息系统项目立项申请表',
      basis: [serves(H, 7), serves(H, 9), serves(H, 10)],
      summary: '依据批复的建设规划和年度建设计划提出立项申请，由市大数据局评审。',
      addressees: ['市大数据局'],
      opinions: [{ caption: '市大数据局审核意见' }],
      checklists: [
        {
          caption: '评审内容',
          items: [
            { text: '建设必要性', article: 10 },
            { text: '技术可行性', article: 10 },
            { text: '预算合理性', article: 10 },
          ],
        },
        {
          caption: '申报材料',
          items: [
            { text: '事前绩效评估', article: 8, materials: ['preAssessmentReport'] },
            { text: '项目建设方案和投资预算', article: 9, materials: ['implementationPlan', 'budgetEstimate'] },
            { text: '政务信息资源目录', article: 27, materials: ['resourceCatalogue'] },
            { text: '产品安全可靠情况说明', article: 33, materials: ['productSecurityStatement'] },
          ],
        },
      ],
    },
    'technical-design-outline': {
      defined: false,
      basis: [serves(H, 9)],
      summary: '申报内容原则上包括项目建设方案和投资预算，报市大数据局评审。',
      addressees: ['市大数据局'],
      checklists: [
        {
          caption: '本办法的要求',
          items: [
            { text: '充分利用电子政务云平台基础资源', article: 26, fact: 'govCloud' },
            { text: '编制政务信息资源目录，明确数据来源、格式、更新、共享和开放等属性', article: 27, materials: ['resourceCatalogue'] },
            { text: '按规定接入市共享交换平台，共享数据资源', article: 30, fact: 'dataShared' },
            { text: '严格落实等级保护和分级保护要求', article: 31 },
            { text: '同步规划、同步建设、同步运行密码保障系统', article: 32, fact: 'cryptoPlanned' },
            { text: '对产品的安全可靠情况进行说明', article: 33, materials: ['productSecurityStatement'] },
          ],
        },
      ],
    },
    'supervision-request': {
      defined: false,
      basis: [serves(H, 15), serves(H, 16)],
      checklists: [
        {
          caption: '过程管控',
          items: [
            { text: '引入项目监理等服务，对质量、进度、资金、合同等环节进行管控', article: 15, materials: ['supervisionContract'] },
            { text: '签订正式采购合同5个工作日内向市大数据局备案', article: 16, materials: ['contract'] },
          ],
        },
      ],
    },
    'acceptance-application': {
      defined: true,
      title: '政务信息系统项目竣工验收申请报告',
      basis: [prescribes(H, 23), serves(H, 33)],
      summary: '完成项目建设任务后半年内，向市大数据局提交竣工验收申请报告。',
      addressees: ['市大数据局'],
      opinions: [{ caption: '市大数据局意见' }],
      checklists: [{ caption: '验收要求', items: [{ text: '已完成项目建设任务（半年内提交申请）', article: 23, fact: 'completed' }, ...acceptanceChecks] }],
      materials: acceptanceMaterials,
    },
    'acceptance-report': {
      defined: true,
      title: '政务信息系统项目验收报告',
      basis: [prescribes(H, 23), serves(H, 33)],
      summary: '验收完成后，验收报告等材料通过项目管理系统报市大数据局备案。',
      organisers: ['项目建设单位'],
      addressees: ['市大数据局'],
      checklists: [{ caption: '验收内容', items: acceptanceChecks }],
      materials: acceptanceMaterials,
      notes: ['验收完成后，验收报告等材料通过项目管理系统报项目审批部门备案。'],
    },
    'performance-self-evaluation': {
      defined: true,
      basis: [prescribes(H, 24)],
      summary: '竣工验收并投入使用后12至24个月内开展自评价，报市大数据局。',
      addressees: ['市大数据局'],
      evaluationMonths: [12, 24],
    },
    'change-filing': {
      defined: false,
      basis: [serves(H, 19), serves(H, 20)],
      summary: '项目应严格按照批复的建设方案和投资预算实施；调整须经项目审批部门。',
      opinions: [{ caption: '市大数据局意见' }],
    },
    'annual-plan': { defined: false, basis: [serves(H, 6)] },
  },
};
