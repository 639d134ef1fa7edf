/**
 * Materials per stage, as plain data. Each item is also a rule (its id) that
 * warns when a project is at or past the gate without them.
 */
import type { ChecklistItem } from '../../framework/checklist';
import { acceptance, declaration, designReview } from './checkpoints';
import { art, ruleId } from './meta';

export const xichuanChecklists: readonly ChecklistItem[] = [
  // 第七条 每年6月底前,项目建设单位主管部门根据需求向县行政审批和政务信息管理局报送下年度拟建设(或采购)的政务信息化项目材料。
  {
    id: ruleId('art7-declaration-materials'),
    title: '申报材料',
    citation: art(7),
    quote: '报送下年度拟建设(或采购)的政务信息化项目材料',
    gate: 'declared',
    materials: ['declarationForm'],
    at: declaration,
  },
  // 第十二条 项目建设单位在项目规划阶段,应充分调研人工智能大模型在相关领域的应用场景,
  // 明确其在数据处理、智能分析、自动化服务等方面的具体应用需求。
  {
    id: ruleId('art12-ai-application-analysis'),
    title: '人工智能大模型应用需求分析',
    citation: art(12),
    quote: '应充分调研人工智能大模型在相关领域的应用场景',
    gate: 'declared',
    materials: ['aiApplicationAnalysis'],
    at: declaration,
    appliesTo: { kinds: ['new'] },
  },
  // 第二十六条 项目可行性研究报告、初步设计方案或实施方案中应当包括信息资源共享分析篇(章)。……
  // 信息资源共享分析篇(章)应包括信息资源共享应用分析信息资源目录、数据共享开放清单等。
  {
    id: ruleId('art26-sharing-analysis-chapter'),
    title: '信息资源共享分析篇（章）',
    citation: art(26),
    quote: '应当包括信息资源共享分析篇(章)',
    gate: 'approved',
    materials: ['sharingAnalysisChapter', 'resourceCatalogue', 'dataSharingList'],
    at: designReview,
    appliesTo: { flags: { procurementOnly: false } },
  },
  // 第十五条 项目建设单位应与项目承建单位签订建设合同
  {
    id: ruleId('art15-contract-attached'),
    title: '建设合同',
    citation: art(15),
    quote: '项目建设单位应与项目承建单位签订建设合同',
    gate: 'construction',
    materials: ['contract'],
  },
  // 第十六条 政务信息化建设项目实行项目监理制。项目建设单位应当按照信息化项目监理有关规定,
  // 委托具有资质的监理单位对项目建设进行工程监理。
  {
    id: ruleId('art16-supervision-contract'),
    title: '工程监理',
    citation: art(16),
    quote: '委托具有资质的监理单位对项目建设进行工程监理',
    gate: 'construction',
    materials: ['supervisionContract'],
    appliesTo: { classes: ['investment'], flags: { procurementOnly: false } },
  },
  // 第十八条 验收材料应包括项目建设总结、财务报告、审计报告、安全风险评估报告等。
  {
    id: ruleId('art18-acceptance-materials'),
    title: '验收材料',
    citation: art(18),
    quote: '验收材料应包括项目建设总结、财务报告、审计报告、安全风险评估报告等',
    gate: 'operation',
    materials: ['constructionSummary', 'financialReport', 'auditReport', 'securityRiskAssessment'],
    at: acceptance,
  },
  // 第十二条 项目验收时,应将人工智能大模型的应用效果作为重要评估指标
  {
    id: ruleId('art12-ai-effect-evaluation'),
    title: '人工智能大模型应用效果评估',
    citation: art(12),
    quote: '应将人工智能大模型的应用效果作为重要评估指标',
    gate: 'operation',
    materials: ['aiEffectEvaluation'],
    at: acceptance,
    appliesTo: { kinds: ['new'] },
  },
  // 第三十三条 项目软件、硬件产品安全可靠情况作为项目验收的重要内容。
  {
    id: ruleId('art33-product-security-at-acceptance'),
    title: '软硬件产品安全可靠情况',
    citation: art(33),
    quote: '项目软件、硬件产品安全可靠情况作为项目验收的重要内容',
    gate: 'operation',
    materials: ['productSecurityReport'],
    at: acceptance,
  },
];
