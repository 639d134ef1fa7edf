import { describe, expect, it } from 'vitest';
import { checklistFor } from '../../../../../../shared/rules/framework/check';
import { chenzhou2022 } from '../../../../../../shared/rules/packs/chenzhou-2022';
import { facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-06-01';

// 第九条 项目建设单位应提供符合要求的项目资料 (附件2 申报审批表)
describeRule('chenzhou-2022/art9-declaration-materials', 9, '项目建设单位应提供符合要求的项目资料', {
  holds: [
    { name: '已申报并附申报审批表', facts: facts({ project: { stage: 'declared' }, materials: ['declarationForm'] }), asOf: ASOF },
    { name: '编制中尚不要求', facts: facts(), asOf: ASOF },
  ],
  fires: [{ name: '已申报但无申报材料', facts: facts({ project: { stage: 'declared' } }), asOf: ASOF, severity: 'warning', says: '项目申报材料' }],
});

// 第十三条 ……委托具有信息系统工程相应监理资质的工程监理单位，对项目建设进行工程监理。
describeRule('chenzhou-2022/art13-supervision-contract', 13, '委托具有信息系统工程相应监理资质的工程监理单位，对项目建设进行工程监理', {
  holds: [
    { name: '建设实施时已委托监理', facts: facts({ project: { stage: 'construction' }, materials: ['supervisionContract'] }), asOf: ASOF },
    { name: '尚未进入建设实施', facts: facts({ project: { stage: 'procurement' } }), asOf: ASOF },
  ],
  // 第十三条 makes no exception: a service purchase and a pure equipment purchase are supervised too.
  fires: [
    { name: '建设实施时未委托监理', facts: facts({ project: { stage: 'construction' } }), asOf: ASOF, severity: 'warning', says: '监理合同' },
    { name: '政府购买服务类：办法未设例外', facts: facts({ project: { stage: 'construction', projectClass: 'service' } }), asOf: ASOF, severity: 'warning' },
    { name: '单纯设备采购：办法未设例外', facts: facts({ project: { stage: 'construction' }, attributes: { procurementOnly: true } }), asOf: ASOF, severity: 'warning' },
  ],
});

// 第十六条 ……初步验收由项目建设单位自行组织。
describeRule('chenzhou-2022/art16-preliminary-acceptance-report', 16, '初步验收由项目建设单位自行组织', {
  holds: [
    { name: '运行维护时有初步验收报告', facts: facts({ project: { stage: 'operation' }, materials: ['preliminaryAcceptanceReport'] }), asOf: ASOF },
    { name: '验收阶段尚在进行', facts: facts({ project: { stage: 'acceptance' } }), asOf: ASOF },
  ],
  fires: [{ name: '运行维护时无初步验收报告', facts: facts({ project: { stage: 'operation' } }), asOf: ASOF, severity: 'warning', says: '初步验收报告' }],
});

// 第十七条 项目验收完成后，项目建设单位应将验收报告等材料报领导小组办公室备案。
describeRule('chenzhou-2022/art17-acceptance-report', 17, '应将验收报告等材料报领导小组办公室备案', {
  holds: [{ name: '运行维护时有验收报告', facts: facts({ project: { stage: 'operation' }, materials: ['acceptanceReport'] }), asOf: ASOF }],
  fires: [{ name: '运行维护时无验收报告', facts: facts({ project: { stage: 'operation' } }), asOf: ASOF, severity: 'warning', says: '验收报告' }],
});

describe('chenzhou-2022 checklist by stage', () => {
  it('lists the materials due up to a stage, present or not', () => {
    const lines = checklistFor(chenzhou2022, facts({ materials: ['declarationForm'] }), 'operation', ASOF);
    expect(lines.map((line) => [line.material, line.present])).toEqual([
      ['declarationForm', true],
      ['supervisionContract', false],
      ['preliminaryAcceptanceReport', false],
      ['acceptanceReport', false],
    ]);
    expect(checklistFor(chenzhou2022, facts(), 'declared', ASOF).map((line) => line.material)).toEqual(['declarationForm']);
  });
});
