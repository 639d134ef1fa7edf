/**
 * The forms as 郴政办发〔2022〕31号 names them: 附件2 申报审批表 (第六条, its
 * layout not printed in our text), the 竣工验收申请 to 技术支持组 (第十六条) and
 * the 验收报告 filed with 领导小组办公室 (第十七条). Forms it does not define are
 * the plain forms, with only this regulation's articles.
 */
import { prescribes, serves, type FormCheck, type JurisdictionForms } from '../../../domain/forms';

const C = 'chenzhou-2022';

/** 第四条 (一)–(四). */
const buildingRequirements: FormCheck[] = [
  { text: '（一）统筹运用市政务云平台资源', article: 4, fact: 'govCloud' },
  { text: '（二）数据资源统一汇聚市政务信息资源交换共享平台与大数据中心', article: 4, fact: 'dataShared' },
  { text: '（三）应用平台统一接入城市大脑中枢平台', article: 4 },
  { text: '（四）自建业务系统联通接入电子政务网', article: 4 },
];

const acceptanceChecks: FormCheck[] = [
  { text: '初步验收（项目建设单位自行组织）已通过', article: 16, fact: 'preliminaryPassed' },
  { text: '政务云资源集约应用', article: 16, fact: 'govCloud' },
  { text: '数据信息资源共享（未按要求共享数据资源的，不予验收）', article: 12, fact: 'dataShared' },
  { text: '网络安全检测与风险评估', article: 14, materials: ['securityRiskAssessment'] },
];
const acceptanceMaterials = ['preliminaryAcceptanceReport', 'constructionSummary', 'securityRiskAssessment'] as const;

export const chenzhouForms: JurisdictionForms = {
  regulation: C,
  places: ['郴州', '湖南'],
  bodies: ['领导小组办公室', '技术支持组', '资金统筹组', '项目规划组', '督查督导组', '市行政审批服务局', '市委网信办', '市发改委', '市财政局', '市委办'],
  profiles: {
    'declaration-approval': {
      defined: true,
      title: '郴州市本级财政投资类信息化项目申报审批表',
      attachment: 2,
      basis: [prescribes(C, 6, 2), serves(C, 8), serves(C, 9)],
      summary: '年度末向领导小组办公室申报下一年度项目，并记录各组审查意见。',
      addressees: ['领导小组办公室'],
      opinions: [{ caption: '技术支持组意见' }, { caption: '资金统筹组意见' }, { caption: '领导小组办公室意见' }],
      checklists: [
        { caption: '建设要求', items: buildingRequirements },
        {
          caption: '审批程序',
          items: [
            { text: '未达政府采购限额标准，由项目建设单位自行组织实施', article: 8 },
            { text: '限额标准以上、立项金额标准以下：技术初审、财政投资评审', article: 8 },
            { text: '立项金额标准以上：立项、技术初审、财政投资评审', article: 8 },
          ],
        },
      ],
    },
    'technical-design-outline': {
      defined: false,
      basis: [serves(C, 9), serves(C, 10)],
      summary: '编制项目建设方案，由市行政审批服务局组织技术评审。',
      addressees: ['市行政审批服务局'],
      checklists: [
        {
          caption: '本办法的要求',
          items: [
            ...buildingRequirements,
            { text: '统筹市县建设应用需求，支持共享', article: 12, fact: 'dataShared' },
            { text: '落实国家密码管理有关法律法规和标准规范', article: 14, fact: 'cryptoPlanned' },
          ],
        },
      ],
    },
    'supervision-request': {
      defined: false,
      basis: [serves(C, 13)],
      checklists: [{ caption: '监理要求', items: [{ text: '委托具有信息系统工程相应监理资质的工程监理单位', article: 13, materials: ['supervisionContract'] }] }],
    },
    'acceptance-application': {
      defined: true,
      title: '信息化项目竣工验收申请表',
      basis: [prescribes(C, 16), serves(C, 12)],
      summary: '竣工验收前向技术支持组提出申请，由其审查政务云、共享和网络安全情况。',
      addressees: ['技术支持组'],
      opinions: [{ caption: '技术支持组意见', prompt: '政务云资源集约应用、数据信息资源共享、网络安全等情况审查：' }],
      checklists: [{ caption: '验收条件', items: acceptanceChecks }],
      materials: acceptanceMaterials,
    },
    'acceptance-report': {
      defined: true,
      title: '信息化项目验收报告',
      basis: [prescribes(C, 17), serves(C, 16)],
      summary: '项目建设单位组织各领域专家验收，验收报告报领导小组办公室备案。',
      organisers: ['项目建设单位'],
      addressees: ['领导小组办公室'],
      checklists: [{ caption: '验收内容', items: acceptanceChecks }],
      materials: acceptanceMaterials,
      notes: ['验收完成后，验收报告等材料报领导小组办公室备案；未通过竣工验收的，按验收意见整改后重新开展竣工验收。'],
    },
    'performance-self-evaluation': {
      defined: false,
      title: '信息化项目绩效情况报告',
      basis: [serves(C, 20)],
      summary: '按“花钱必问效，无效必问责”实行绩效管理，供资金统筹组绩效评价。',
      addressees: ['资金统筹组'],
    },
    'annual-plan': { defined: false, basis: [serves(C, 7)] },
  },
};
