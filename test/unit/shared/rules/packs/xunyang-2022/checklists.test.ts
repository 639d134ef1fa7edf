import { describe, expect, it } from 'vitest';
import type { MaterialCode } from '../../../../../../shared/domain/materials';
import { checklistFor } from '../../../../../../shared/rules/framework/check';
import { xunyang2022 } from '../../../../../../shared/rules/packs/xunyang-2022';
import { facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-06-01';

// 第七条 项目建设使用单位于每年9月底前须提交下一个年度项目申报表和项目建议书。
describeRule('xunyang-2022/art7-declaration-materials', 7, '下一个年度项目申报表和项目建议书', {
  holds: [
    { name: '申报表和项目建议书齐全', facts: facts({ project: { stage: 'declared' }, materials: ['declarationForm', 'projectProposal'] }), asOf: ASOF },
    { name: '计划外项目按第九条', facts: facts({ project: { stage: 'declared' }, attributes: { temporary: true }, materials: ['declarationForm', 'constructionJustification'] }), asOf: ASOF },
  ],
  fires: [{ name: '缺项目建议书', facts: facts({ project: { stage: 'declared' }, materials: ['declarationForm'] }), asOf: ASOF, severity: 'warning', says: '尚缺：项目建议书' }],
});

// 第九条 如有个别特殊或紧急项目，建设单位应将有关材料提交区信息办，并说明项目建设理由
describeRule('xunyang-2022/art9-unplanned-justification', 9, '建设单位应将有关材料提交区信息办，并说明项目建设理由', {
  holds: [
    { name: '计划外项目说明了建设理由', facts: facts({ project: { stage: 'declared' }, attributes: { temporary: true }, materials: ['declarationForm', 'constructionJustification'] }), asOf: ASOF },
    { name: '年度计划项目不适用', facts: facts({ project: { stage: 'declared' }, materials: ['declarationForm', 'projectProposal'] }), asOf: ASOF },
  ],
  fires: [
    { name: '计划外项目未说明建设理由', facts: facts({ project: { stage: 'approved' }, attributes: { temporary: true }, materials: ['declarationForm'] }), asOf: ASOF, severity: 'warning', says: '项目建设理由说明' },
  ],
});

// 第十六条 项目实行工程监理制，……委托工程监理单位对项目建设进行工程监理。
describeRule('xunyang-2022/art16-supervision-contract', 16, '委托工程监理单位对项目建设进行工程监理', {
  holds: [
    { name: '建设实施时已委托监理', facts: facts({ project: { stage: 'construction' }, materials: ['supervisionContract'] }), asOf: ASOF },
    { name: '尚未进入建设实施', facts: facts({ project: { stage: 'procurement' } }), asOf: ASOF },
  ],
  // 第十六条 “项目实行工程监理制” makes no exception.
  fires: [
    { name: '建设实施时未委托监理', facts: facts({ project: { stage: 'construction' } }), asOf: ASOF, severity: 'warning', says: '监理合同' },
    { name: '政府购买服务类：办法未设例外', facts: facts({ project: { stage: 'construction', projectClass: 'service' } }), asOf: ASOF, severity: 'warning' },
    { name: '签订合同即进入建设实施（事件）', facts: facts({ events: [{ kind: 'contractSigned', clauses: [], date: '2026-03-02' }] }), asOf: ASOF, severity: 'warning' },
  ],
});

// 第十九条 项目竣工后，经系统测试和试运行，由建设单位进行初步验收。
describeRule('xunyang-2022/art19-test-and-trial-run', 19, '经系统测试和试运行', {
  holds: [
    { name: '验收时有软件测评报告和试运行报告', facts: facts({ project: { stage: 'acceptance' }, materials: ['softwareTestReport', 'trialRunReport'] }), asOf: ASOF },
    { name: '试运行中尚在进行', facts: facts({ project: { stage: 'trialRun' } }), asOf: ASOF },
  ],
  fires: [{ name: '验收时缺试运行报告', facts: facts({ project: { stage: 'acceptance' }, materials: ['softwareTestReport'] }), asOf: ASOF, severity: 'warning', says: '尚缺：试运行报告' }],
});

const ACCEPTANCE: MaterialCode[] = ['preliminaryAcceptanceReport', 'constructionSummary', 'contractorReport', 'supervisionReport'];

// 第十九条 ……并提交包括建设单位、承建单位、监理单位及相关单位的验收材料。
describeRule('xunyang-2022/art19-acceptance-materials', 19, '并提交包括建设单位、承建单位、监理单位及相关单位的验收材料', {
  holds: [
    { name: '运行维护时验收材料齐全', facts: facts({ project: { stage: 'operation' }, materials: [...ACCEPTANCE, 'softwareTestReport', 'trialRunReport'] }), asOf: ASOF },
    { name: '验收阶段尚在准备', facts: facts({ project: { stage: 'acceptance' } }), asOf: ASOF },
  ],
  fires: [
    { name: '缺监理单位验收材料', facts: facts({ project: { stage: 'operation' }, materials: ACCEPTANCE.filter((m) => m !== 'supervisionReport') }), asOf: ASOF, severity: 'warning', says: '尚缺：监理单位验收材料' },
  ],
});

describe('xunyang-2022 checklist by stage', () => {
  it('an unplanned project gives its reasons instead of the annual round’s 项目建议书', () => {
    expect(checklistFor(xunyang2022, facts(), 'declared', ASOF).map((line) => line.material)).toEqual(['declarationForm', 'projectProposal']);
    expect(checklistFor(xunyang2022, facts({ attributes: { temporary: true } }), 'declared', ASOF).map((line) => line.material)).toEqual([
      'declarationForm',
      'constructionJustification',
    ]);
  });
});
