/**
 * Materials per stage, as plain data. Each item is also a rule (its id) that
 * warns when a project is at or past the gate without them.
 */
import type { ChecklistItem } from '../../framework/checklist';
import { acceptance, declaration, establishmentRequest } from './checkpoints';
import { art, ruleId } from './meta';

export const hezeChecklists: readonly ChecklistItem[] = [
  // 第八条 项目建设单位在报市大数据局立项前，需进行事前绩效评估，作为预算申请和项目立项的前置条件。
  {
    id: ruleId('art8-pre-assessment-report'),
    title: '事前绩效评估报告',
    citation: art(8),
    quote: '项目建设单位在报市大数据局立项前，需进行事前绩效评估',
    gate: 'declared',
    materials: ['preAssessmentReport'],
    at: establishmentRequest,
    appliesTo: { flags: { superiorDeclared: false } },
  },
  // 第九条 政务信息系统项目申报内容原则上包括项目建设方案和投资预算。
  {
    id: ruleId('art9-declaration-contents'),
    title: '申报内容：建设方案和投资预算',
    citation: art(9),
    quote: '政务信息系统项目申报内容原则上包括项目建设方案和投资预算',
    gate: 'declared',
    materials: ['implementationPlan', 'budgetEstimate'],
    at: declaration,
  },
  // 第九条 跨部门、跨地域、跨层级共建共享的项目，应由项目牵头部门会同共建部门，共同形成项目整体方案。
  {
    id: ruleId('art9-co-construction-plan'),
    title: '共建共享项目整体方案',
    citation: art(9),
    quote: '应由项目牵头部门会同共建部门，共同形成项目整体方案',
    gate: 'declared',
    materials: ['coConstructionPlan'],
    at: declaration,
    appliesTo: { flags: { coConstruction: true } },
  },
  // 第二十七条 项目建设单位提出立项申请前应按照政务信息资源共享管理有关规定，以及信息资源目录管理要求，编制相应政务信息资源目录
  {
    id: ruleId('art27-resource-catalogue'),
    title: '政务信息资源目录',
    citation: art(27),
    quote: '项目建设单位提出立项申请前应按照政务信息资源共享管理有关规定',
    gate: 'declared',
    materials: ['resourceCatalogue'],
    at: establishmentRequest,
  },
  // 第三十三条 在项目报批阶段，要对产品的安全可靠情况进行说明。
  {
    id: ruleId('art33-product-security-statement'),
    title: '产品安全可靠情况说明',
    citation: art(33),
    quote: '在项目报批阶段，要对产品的安全可靠情况进行说明',
    gate: 'approved',
    materials: ['productSecurityStatement'],
    at: establishmentRequest,
  },
  // 第十六条 ……项目建设单位签订正式采购合同5个工作日内，应将相关资料向市大数据局备案。
  {
    id: ruleId('art16-contract'),
    title: '正式采购合同',
    citation: art(16),
    quote: '签订正式采购合同',
    gate: 'construction',
    materials: ['contract'],
  },
  // 第十七条 项目牵头部门要会同共建部门，组织建立跨部门的工作协调机制和共建共享机制
  {
    id: ruleId('art17-coordination-mechanism'),
    title: '跨部门工作协调机制和共建共享机制',
    citation: art(17),
    quote: '组织建立跨部门的工作协调机制和共建共享机制',
    gate: 'construction',
    materials: ['coordinationMechanism'],
    appliesTo: { flags: { coConstruction: true } },
  },
  // 第十八条 项目建设单位应建立完善政务信息系统项目运行维护管理制度，加强日常运行和维护管理
  {
    id: ruleId('art18-om-management'),
    title: '运行维护管理制度',
    citation: art(18),
    quote: '项目建设单位应建立完善政务信息系统项目运行维护管理制度',
    gate: 'operation',
    materials: ['omPlan'],
  },
  // 第二十三条 验收完成后，项目建设单位应当将验收报告等材料通过项目管理系统报项目审批部门备案。
  {
    id: ruleId('art23-acceptance-report'),
    title: '验收报告',
    citation: art(23),
    quote: '将验收报告等材料通过项目管理系统报项目审批部门备案',
    gate: 'operation',
    materials: ['acceptanceReport'],
  },
  // 第三十三条 项目软硬件产品的安全可靠情况，项目密码应用和安全审查情况作为项目验收的重要内容。
  {
    id: ruleId('art33-product-security-at-acceptance'),
    title: '软硬件产品安全可靠情况（验收）',
    citation: art(33),
    quote: '项目软硬件产品的安全可靠情况',
    gate: 'operation',
    materials: ['productSecurityReport'],
    at: acceptance,
  },
  {
    id: ruleId('art33-crypto-at-acceptance'),
    title: '密码应用情况（验收）',
    citation: art(33),
    quote: '项目密码应用和安全审查情况作为项目验收的重要内容',
    gate: 'operation',
    materials: ['cryptoAssessmentReport'],
    at: acceptance,
    appliesTo: { flags: { procurementOnly: false } },
  },
];
