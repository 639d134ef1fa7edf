/**
 * Materials per stage, as plain data. Each item is also a rule (its id) that
 * warns when a project is at or past the gate without them. The review documents
 * that depend on 第八条's tier are a rule instead (review.ts), since a checklist
 * cannot read the amounts.
 */
import type { ChecklistItem } from '../../framework/checklist';
import { acceptanceRequest, declaration } from './checkpoints';
import { art, ruleId } from './meta';

export const chenzhouChecklists: readonly ChecklistItem[] = [
  // 第九条 项目建设单位应提供符合要求的项目资料 (附件2 郴州市本级财政投资类信息化项目申报审批表)
  {
    id: ruleId('art9-declaration-materials'),
    title: '申报材料（申报审批表）',
    citation: art(9),
    quote: '项目建设单位应提供符合要求的项目资料',
    gate: 'declared',
    materials: ['declarationForm'],
    at: declaration,
  },
  // 第十三条 项目建设单位应按照信息系统工程监理的有关规定，委托具有信息系统工程相应监理资质的工程监理单位，对项目建设进行工程监理。
  // Left out: 政府购买服务 and 单纯设备采购, which are no 信息系统工程 (as in xichuan).
  {
    id: ruleId('art13-supervision-contract'),
    title: '工程监理',
    citation: art(13),
    quote: '委托具有信息系统工程相应监理资质的工程监理单位，对项目建设进行工程监理',
    gate: 'construction',
    materials: ['supervisionContract'],
    // 第十三条 makes no exception (no class, no pure purchase): every project under the 办法 is supervised.
  },
  // 第十六条 项目验收包括初步验收和竣工验收两个阶段，初步验收由项目建设单位自行组织。
  {
    id: ruleId('art16-preliminary-acceptance-report'),
    title: '初步验收报告',
    citation: art(16),
    quote: '初步验收由项目建设单位自行组织',
    gate: 'operation',
    materials: ['preliminaryAcceptanceReport'],
    at: acceptanceRequest,
  },
  // 第十七条 项目验收完成后，项目建设单位应将验收报告等材料报领导小组办公室备案。
  {
    id: ruleId('art17-acceptance-report'),
    title: '验收报告',
    citation: art(17),
    quote: '应将验收报告等材料报领导小组办公室备案',
    gate: 'operation',
    materials: ['acceptanceReport'],
  },
];
