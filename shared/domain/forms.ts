/**
 * The filing documents the app prints (PDF), by stable id. Each names the
 * articles that prescribe it (`prescribes`) or, for the app's own reports, the
 * articles it serves (`serves`). Shared: the contract validates ids against
 * this list and the renderer can show the titles without a call.
 */
import type { RegulationId } from './regulations';

export const FORM_IDS = [
  'compliance-report',
  'change-filing',
  'system-inventory',
  'declaration-approval',
  'declaration-form',
  'technical-design-outline',
  'supervision-request',
  'acceptance-application',
  'acceptance-report',
  'annual-plan',
  'performance-self-evaluation',
] as const;
export type FormId = (typeof FORM_IDS)[number];

/** What a form is about: one project, one year of the register, or either. */
export type FormScope = 'project' | 'year' | 'projectOrYear';

export interface FormBasis {
  regulation: RegulationId;
  article: number;
  /** The regulation's 附件 number, when the form is one of its attachments. */
  attachment?: number;
  /** `prescribes`: the article requires this very document; `serves`: the document helps meet it. */
  relation: 'prescribes' | 'serves';
}

export interface FormEntry {
  id: FormId;
  title: string;
  scope: FormScope;
  basis: readonly FormBasis[];
  /** One line on what the form is for, in Chinese. */
  summary: string;
}

const prescribes = (regulation: RegulationId, article: number, attachment?: number): FormBasis =>
  attachment === undefined ? { regulation, article, relation: 'prescribes' } : { regulation, article, attachment, relation: 'prescribes' };
const serves = (regulation: RegulationId, article: number): FormBasis => ({ regulation, article, relation: 'serves' });

export const FORM_CATALOGUE: Readonly<Record<FormId, FormEntry>> = {
  'compliance-report': {
    id: 'compliance-report',
    title: '项目合规检查报告',
    scope: 'project',
    basis: [],
    summary: '逐条列出项目的检查结论、依据条款原文、整改要求和期限。',
  },
  'change-filing': {
    id: 'change-filing',
    title: '政务信息化项目建设内容调整备案表',
    scope: 'project',
    basis: [prescribes('xichuan-2025', 17)],
    summary: '资金调整数额不超过概算总投资15%的建设内容调整，向县发改委备案。',
  },
  'system-inventory': {
    id: 'system-inventory',
    title: '政务信息系统基础目录清单',
    scope: 'projectOrYear',
    basis: [prescribes('xichuan-2025', 28)],
    summary: '每年编制，列明已建成投入运行的政务信息系统，报县行政审批和政务信息管理局备案。',
  },
  'declaration-approval': {
    id: 'declaration-approval',
    title: '郴州市本级财政投资类信息化项目申报审批表',
    scope: 'project',
    basis: [prescribes('chenzhou-2022', 6, 2), serves('chenzhou-2022', 8), serves('chenzhou-2022', 9)],
    summary: '年度末向领导小组办公室申报下一年度项目，并记录各组审查意见。',
  },
  'declaration-form': {
    id: 'declaration-form',
    title: '政务信息化建设项目申报表',
    scope: 'project',
    basis: [prescribes('xunyang-2022', 7)],
    summary: '每年9月底前提交下一年度项目申报表和项目建议书（附建议书封面）。',
  },
  'technical-design-outline': {
    id: 'technical-design-outline',
    title: '信息化项目技术设计书（编制提纲）',
    scope: 'project',
    basis: [prescribes('laohekou-2024', 10, 1)],
    summary: '按技术设计书编制指南组织编写，报市城市运行管理中心技术评审。',
  },
  'supervision-request': {
    id: 'supervision-request',
    title: '信息化项目派驻监理单位申请书',
    scope: 'project',
    basis: [prescribes('laohekou-2024', 18, 2)],
    summary: '确定中标结果后5个工作日内书面申请派驻监理单位。',
  },
  'acceptance-application': {
    id: 'acceptance-application',
    title: '政务信息化项目竣工验收申请表',
    scope: 'project',
    basis: [serves('laohekou-2024', 23), serves('xichuan-2025', 18), serves('chenzhou-2022', 16)],
    summary: '对照验收条件和验收材料，提出竣工验收申请。',
  },
  'acceptance-report': {
    id: 'acceptance-report',
    title: '信息化项目验收报告',
    scope: 'project',
    basis: [prescribes('laohekou-2024', 24, 3), serves('xichuan-2025', 18)],
    summary: '通过验收后报送签字盖章的项目验收报告。',
  },
  'annual-plan': {
    id: 'annual-plan',
    title: '年度政务信息化项目计划汇总表',
    scope: 'year',
    basis: [serves('xichuan-2025', 7), serves('chenzhou-2022', 7), serves('xunyang-2022', 8)],
    summary: '审查部门汇总某一计划年度的项目、投资金额及合计。',
  },
  'performance-self-evaluation': {
    id: 'performance-self-evaluation',
    title: '政务信息化项目绩效自评价报告',
    scope: 'project',
    basis: [prescribes('laohekou-2024', 26), serves('laohekou-2024', 25), prescribes('heze-2021', 24)],
    summary: '验收并投入运行后12至24个月内，结合绩效目标开展自评价。',
  },
};
