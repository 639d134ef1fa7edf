/**
 * The forms as the 浔阳区 regulation names them: the 项目申报表 and 项目建议书 to
 * 区信息办 (第七条), the 竣工验收申请 (第十九条; the text says 区数字办 here), the
 * acceptance 区信息办 organises (第二十条), the 项目绩效评价报告 (第十七条). Forms it
 * does not define are the plain forms, with only this regulation's articles.
 */
import { prescribes, serves, type FormCheck, type JurisdictionForms } from '../../../domain/forms';

const Y = 'xunyang-2022';

/** 第七条 (一)–(五). */
const planningRequirements: FormCheck[] = [
  { text: '（一）符合本区政务信息化建设项目规划', article: 7 },
  { text: '（二）项目建设依据充分，需求明确，用途功能清晰', article: 7, answer: 'description' },
  { text: '（三）符合信息资源共享要求，遵循统一数据交换标准和技术规范', article: 7, answer: 'sharing' },
  { text: '（四）保障信息安全', article: 7, answer: 'security' },
  { text: '（五）项目投资和运维经费估算合理', article: 7, answer: 'investment' },
];

export const xunyangForms: JurisdictionForms = {
  regulation: Y,
  places: ['浔阳', '九江', '江西'],
  bodies: ['区信息办', '区数字经济发展中心', '区数字办', '区财政局', '区发改委', '区行政审批局', '区审计局'],
  profiles: {
    'declaration-form': {
      defined: true,
      heading: '浔阳区政务信息化建设项目',
      basis: [prescribes(Y, 7)],
      summary: '每年9月底前向区信息办提交下一年度项目申报表和项目建议书（附建议书封面）。',
      addressees: ['区信息办'],
      checklists: [{ caption: '规划要求', items: planningRequirements }],
    },
    'declaration-approval': {
      defined: false,
      basis: [serves(Y, 8)],
      summary: '区信息办对项目计划进行初审，符合条件的完成立项。',
      addressees: ['区信息办'],
      opinions: [{ caption: '区信息办初审意见' }],
      checklists: [{ caption: '规划要求', items: planningRequirements.map(({ answer: _answer, ...item }) => item) }],
    },
    'technical-design-outline': {
      defined: false,
      basis: [serves(Y, 11), serves(Y, 15)],
      summary: '项目方案评审是项目建设的主要依据，报区信息办评审。',
      addressees: ['区信息办'],
      checklists: [
        {
          caption: '本办法的要求',
          items: [
            { text: '新建业务应用系统部署在区政务云平台', article: 11, fact: 'govCloud' },
            { text: '区、街道两级政务机关之间的项目依托“乡乡通”网络建设', article: 12 },
            { text: '区直部门之间依托区政务信息网，不另行租用光纤', article: 13 },
            { text: '符合信息资源共享要求，遵循统一数据交换标准和技术规范', article: 7, fact: 'dataShared' },
          ],
        },
      ],
    },
    'supervision-request': {
      defined: false,
      basis: [serves(Y, 16)],
      checklists: [{ caption: '监理要求', items: [{ text: '委托工程监理单位对项目建设进行工程监理', article: 16, materials: ['supervisionContract'] }] }],
    },
    'acceptance-application': {
      defined: true,
      basis: [prescribes(Y, 19)],
      summary: '经系统测试和试运行、初步验收通过后，向区数字办提出竣工验收申请并提交验收材料。',
      addressees: ['区数字办'],
      opinions: [{ caption: '区信息办意见' }],
      checklists: [
        {
          caption: '申请条件',
          items: [
            { text: '经系统测试和试运行', article: 19, materials: ['softwareTestReport', 'trialRunReport'] },
            { text: '建设单位初步验收通过', article: 19, fact: 'preliminaryPassed' },
          ],
        },
      ],
      materials: ['preliminaryAcceptanceReport', 'constructionSummary', 'contractorReport', 'supervisionReport', 'softwareTestReport', 'trialRunReport'],
    },
    'acceptance-report': {
      defined: false,
      basis: [serves(Y, 20)],
      summary: '区信息办组织区财政局、区发改委、区审计局、区数字经济发展中心进行验收。',
      organisers: ['区信息办'],
      participants: ['区财政局', '区发改委', '区审计局', '区数字经济发展中心'],
      checklists: [
        {
          caption: '验收内容',
          items: [
            { text: '系统运行效率', article: 20 },
            { text: '使用效果', article: 20 },
            { text: '审计报告（没有审计报告的项目，区财政局不予资金拨付）', article: 20, materials: ['auditReport'] },
          ],
        },
      ],
      materials: ['preliminaryAcceptanceReport', 'constructionSummary', 'contractorReport', 'supervisionReport', 'auditReport'],
      notes: ['工程验收合格后，项目结算审核结果报区财政局和区审计局备案。'],
    },
    'performance-self-evaluation': {
      defined: true,
      title: '政务信息化项目绩效评价报告',
      basis: [prescribes(Y, 17)],
      summary: '征求项目使用单位和监理单位意见，在建设期内形成，每年底前提交区信息办。',
      addressees: ['区信息办'],
      notes: ['本报告征求项目使用单位和监理单位意见，在建设期内形成，每年底前提交。'],
    },
    'change-filing': {
      defined: false,
      basis: [serves(Y, 15)],
      summary: '项目建设应严格遵守批准文件中核定的建设内容、规模、标准、投资额和其他控制指标。',
      opinions: [{ caption: '区信息办意见' }],
    },
    'annual-plan': { defined: false, basis: [serves(Y, 8)] },
  },
};
