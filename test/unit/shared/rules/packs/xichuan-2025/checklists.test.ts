import type { MaterialCode } from '../../../../../../shared/domain/materials';
import { facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-06-01';

// 第七条 ……报送下年度拟建设(或采购)的政务信息化项目材料。
describeRule('xichuan-2025/art7-declaration-materials', 7, '报送下年度拟建设(或采购)的政务信息化项目材料', {
  holds: [
    { name: '已申报并附申报材料', facts: facts({ project: { stage: 'declared' }, materials: ['declarationForm'] }), asOf: ASOF },
    { name: '编制中尚不要求', facts: facts(), asOf: ASOF },
  ],
  fires: [{ name: '已申报但无申报材料', facts: facts({ project: { stage: 'declared' } }), asOf: ASOF, severity: 'warning', says: '项目申报材料' }],
});

// 第十二条 项目建设单位在项目规划阶段,应充分调研人工智能大模型在相关领域的应用场景
describeRule('xichuan-2025/art12-ai-application-analysis', 12, '应充分调研人工智能大模型在相关领域的应用场景', {
  holds: [
    { name: '新建项目附大模型应用需求分析', facts: facts({ project: { stage: 'declared' }, materials: ['aiApplicationAnalysis'] }), asOf: ASOF },
    { name: '改造升级项目不适用（“新建政务信息化项目”）', facts: facts({ project: { stage: 'declared', kind: 'upgrade' } }), asOf: ASOF },
  ],
  fires: [{ name: '新建项目申报时未分析大模型应用', facts: facts({ project: { stage: 'declared' } }), asOf: ASOF, severity: 'warning', says: '人工智能大模型应用需求分析' }],
});

const SHARING: MaterialCode[] = ['sharingAnalysisChapter', 'resourceCatalogue', 'dataSharingList'];

// 第二十六条 项目可行性研究报告、初步设计方案或实施方案中应当包括信息资源共享分析篇(章)。
describeRule('xichuan-2025/art26-sharing-analysis-chapter', 26, '应当包括信息资源共享分析篇(章)', {
  holds: [
    { name: '批复时具备共享分析篇、信息资源目录、数据共享开放清单', facts: facts({ project: { stage: 'approved' }, materials: SHARING }), asOf: ASOF },
    { name: '单纯设备和软件类采购不适用', facts: facts({ project: { stage: 'approved' }, attributes: { procurementOnly: true } }), asOf: ASOF },
  ],
  fires: [
    { name: '缺数据共享开放清单', facts: facts({ project: { stage: 'approved' }, materials: SHARING.slice(0, 2) }), asOf: ASOF, severity: 'warning', says: '尚缺：数据共享开放清单' },
  ],
});

// 第十五条 项目建设单位应与项目承建单位签订建设合同
describeRule('xichuan-2025/art15-contract-attached', 15, '项目建设单位应与项目承建单位签订建设合同', {
  holds: [{ name: '建设实施时合同已上传', facts: facts({ project: { stage: 'construction' }, materials: ['contract', 'supervisionContract'] }), asOf: ASOF }],
  fires: [{ name: '建设实施时无合同', facts: facts({ project: { stage: 'construction' } }), asOf: ASOF, severity: 'warning', says: '建设合同' }],
});

// 第十六条 ……委托具有资质的监理单位对项目建设进行工程监理。
describeRule('xichuan-2025/art16-supervision-contract', 16, '委托具有资质的监理单位对项目建设进行工程监理', {
  holds: [
    { name: '建设项目已委托监理', facts: facts({ project: { stage: 'construction' }, materials: ['supervisionContract'] }), asOf: ASOF },
    { name: '政府购买服务类不实行工程监理', facts: facts({ project: { stage: 'construction', projectClass: 'service' } }), asOf: ASOF },
    { name: '单纯设备采购不实行工程监理', facts: facts({ project: { stage: 'construction' }, attributes: { procurementOnly: true } }), asOf: ASOF },
  ],
  fires: [{ name: '建设项目未委托监理', facts: facts({ project: { stage: 'construction' } }), asOf: ASOF, severity: 'warning', says: '监理合同' }],
});

const ACCEPTANCE: MaterialCode[] = ['constructionSummary', 'financialReport', 'auditReport', 'securityRiskAssessment'];

// 第十八条 验收材料应包括项目建设总结、财务报告、审计报告、安全风险评估报告等。
describeRule('xichuan-2025/art18-acceptance-materials', 18, '验收材料应包括项目建设总结、财务报告、审计报告、安全风险评估报告等', {
  holds: [
    { name: '运行维护时验收材料齐全', facts: facts({ project: { stage: 'operation' }, materials: ACCEPTANCE }), asOf: ASOF },
    { name: '验收阶段尚在准备（由阶段变更把关）', facts: facts({ project: { stage: 'acceptance' } }), asOf: ASOF },
  ],
  fires: [{ name: '缺审计报告', facts: facts({ project: { stage: 'operation' }, materials: ACCEPTANCE.filter((m) => m !== 'auditReport') }), asOf: ASOF, severity: 'warning', says: '尚缺：审计报告' }],
});

// 第十二条 项目验收时,应将人工智能大模型的应用效果作为重要评估指标
describeRule('xichuan-2025/art12-ai-effect-evaluation', 12, '应将人工智能大模型的应用效果作为重要评估指标', {
  holds: [
    { name: '新建项目验收评估了大模型应用效果', facts: facts({ project: { stage: 'operation' }, materials: ['aiEffectEvaluation'] }), asOf: ASOF },
    { name: '运维类项目不适用', facts: facts({ project: { stage: 'operation', kind: 'om' } }), asOf: ASOF },
  ],
  fires: [{ name: '新建项目验收未评估大模型应用效果', facts: facts({ project: { stage: 'operation' } }), asOf: ASOF, severity: 'warning' }],
});

// 第三十三条 项目软件、硬件产品安全可靠情况作为项目验收的重要内容。
describeRule('xichuan-2025/art33-product-security-at-acceptance', 33, '项目软件、硬件产品安全可靠情况作为项目验收的重要内容', {
  holds: [{ name: '验收材料含产品安全可靠情况', facts: facts({ project: { stage: 'operation' }, materials: ['productSecurityReport'] }), asOf: ASOF }],
  fires: [{ name: '验收材料缺产品安全可靠情况', facts: facts({ project: { stage: 'operation' } }), asOf: ASOF, severity: 'warning' }],
});
