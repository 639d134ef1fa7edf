/**
 * Materials per stage, as plain data. Each item is also a rule (its id) that
 * warns when a project is at or past the gate without them.
 */
import type { ChecklistItem } from '../../framework/checklist';
import { acceptanceRequest, declaration, preliminaryAcceptance } from './checkpoints';
import { art, ruleId } from './meta';

export const xunyangChecklists: readonly ChecklistItem[] = [
  // 第七条 项目建设使用单位于每年9月底前须提交下一个年度项目申报表和项目建议书。
  {
    id: ruleId('art7-declaration-materials'),
    title: '项目申报表和项目建议书',
    citation: art(7),
    quote: '下一个年度项目申报表和项目建议书',
    gate: 'declared',
    materials: ['declarationForm', 'projectProposal'],
    at: declaration,
    appliesTo: { flags: { temporary: false } },
  },
  // 第九条 如有个别特殊或紧急项目，建设单位应将有关材料提交区信息办，并说明项目建设理由
  {
    id: ruleId('art9-unplanned-justification'),
    title: '计划外项目的材料和建设理由',
    citation: art(9),
    quote: '建设单位应将有关材料提交区信息办，并说明项目建设理由',
    gate: 'declared',
    materials: ['declarationForm', 'constructionJustification'],
    at: declaration,
    appliesTo: { flags: { temporary: true } },
  },
  // 第十六条 项目实行工程监理制，项目建设单位应当按照信息系统工程监理有关规定，委托工程监理单位对项目建设进行工程监理。
  // Left out: 政府购买服务 and 单纯设备采购, which are no 信息系统工程 (as in xichuan).
  {
    id: ruleId('art16-supervision-contract'),
    title: '工程监理',
    citation: art(16),
    quote: '委托工程监理单位对项目建设进行工程监理',
    gate: 'construction',
    materials: ['supervisionContract'],
    // 第十六条 “项目实行工程监理制” makes no exception: every project is supervised.
  },
  // 第十九条 项目竣工后，经系统测试和试运行，由建设单位进行初步验收。
  {
    id: ruleId('art19-test-and-trial-run'),
    title: '系统测试和试运行',
    citation: art(19),
    quote: '经系统测试和试运行',
    gate: 'acceptance',
    materials: ['softwareTestReport', 'trialRunReport'],
    at: preliminaryAcceptance,
  },
  // 第十九条 通过后，由建设单位向区数字办提出竣工验收申请，并提交包括建设单位、承建单位、监理单位及相关单位的验收材料。
  {
    id: ruleId('art19-acceptance-materials'),
    title: '初步验收和竣工验收申请材料',
    citation: art(19),
    quote: '并提交包括建设单位、承建单位、监理单位及相关单位的验收材料',
    gate: 'operation',
    materials: ['preliminaryAcceptanceReport', 'constructionSummary', 'contractorReport', 'supervisionReport'],
    at: acceptanceRequest,
  },
];
