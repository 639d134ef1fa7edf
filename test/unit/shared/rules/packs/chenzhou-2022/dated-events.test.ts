/**
 * Issue 12: chenzhou judged by dated events (第九条、第十六条), its scope by funds (第二条) and the
 * supervisor's qualification (第十三条).
 */
import { expect, it } from 'vitest';
import { checkProject } from '../../../../../../shared/rules/framework/check';
import { chenzhou2022 } from '../../../../../../shared/rules/packs/chenzhou-2022';
import { describeBeforeX } from '../../support/before-x';
import { testOptions } from '../../support/calendar';
import { facts, on } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-09-01';

// 第九条 ……项目建设单位应提供符合要求的项目资料 — with the application.
describeBeforeX('chenzhou-2022/art9-declaration-materials', '项目资料随申报提供', {
  step: '2026-03-02',
  build: (day) => facts({ events: [on('declarationSubmitted', '2026-03-02')], materials: [{ code: 'declarationForm', date: day }] }),
  asOf: ASOF, severity: 'warning',
});
// 第十六条 项目验收包括初步验收和竣工验收两个阶段……竣工验收由项目建设单位向技术支持组提出项目竣工验收申请
describeBeforeX('chenzhou-2022/art16-preliminary-acceptance-report', '初步验收报告在竣工验收申请前', {
  step: '2026-06-01',
  build: (day) => facts({ events: [on('finalAcceptanceApplied', '2026-06-01')], materials: [{ code: 'preliminaryAcceptanceReport', date: day }] }),
  asOf: ASOF, severity: 'warning',
});

// 第十三条 ……委托具有信息系统工程相应监理资质的工程监理单位
describeRule('chenzhou-2022/art13-supervisor-qualified', 13, '委托具有信息系统工程相应监理资质的工程监理单位', {
  holds: [
    { name: '监理单位具有相应资质', facts: facts({ materials: ['supervisionContract'], compliance: { supervisor: { qualified: true } } }), asOf: ASOF },
    { name: '资质尚未登记', facts: facts({ materials: ['supervisionContract'] }), asOf: ASOF },
  ],
  fires: [{ name: '监理单位不具有相应资质', facts: facts({ materials: ['supervisionContract'], compliance: { supervisor: { qualified: false } } }), asOf: ASOF, severity: 'warning', says: '信息系统工程相应监理资质' }],
});

// 第二条 ……是指全部或部分使用市本级财政资金建设的……项目 — decided first, as the scope.
const funding = (localFiscal: number, superior: number) => ({ superior, localFiscal, selfRaised: 0, social: 0, other: 0 });
describeRule('chenzhou-2022/art2-municipal-funds', 2, '是指全部或部分使用市本级财政资金建设的', {
  holds: [
    { name: '部分使用市本级财政资金（1 分）', facts: facts({ project: { totalInvestmentFen: 1_000_000_000, funding: funding(1, 999_999_999) } }), asOf: ASOF },
    { name: '尚未登记投资', facts: facts({ project: { totalInvestmentFen: 0, funding: funding(0, 0) } }), asOf: ASOF },
  ],
  fires: [{ name: '全部为上级资金', facts: facts({ project: { totalInvestmentFen: 1_000_000_000, funding: funding(0, 1_000_000_000) } }), asOf: ASOF, severity: 'info' }],
});
it('chenzhou 第二条: a project without 市本级财政资金 gets one info finding and nothing else', () => {
  const findings = checkProject(chenzhou2022, facts({ project: { stage: 'construction', totalInvestmentFen: 1_000_000_000, funding: funding(0, 1_000_000_000) } }), ASOF, testOptions);
  expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['chenzhou-2022/art2-municipal-funds', 'info']]);
});
