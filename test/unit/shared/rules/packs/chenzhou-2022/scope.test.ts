import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../../../../shared/rules/framework/check';
import { chenzhou2022 } from '../../../../../../shared/rules/packs/chenzhou-2022';
import { testOptions } from '../../support/calendar';
import { facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

// 第二条 本办法适用于非涉密信息化项目，涉密信息化项目按照保密有关规定执行。
describeRule('chenzhou-2022/art2-classified-projects', 2, '本办法适用于非涉密信息化项目，涉密信息化项目按照保密有关规定执行', {
  holds: [{ name: '非涉密项目按本办法检查', facts: facts(), asOf: '2026-01-01' }],
  fires: [{ name: '涉密项目', facts: facts({ attributes: { classified: true } }), asOf: '2026-01-01', severity: 'info' }],
});

describe('第二条: a classified project is outside the 办法', () => {
  it('gets that one finding and no other', () => {
    const findings = checkProject(chenzhou2022, facts({ project: { stage: 'operation', cloudDeployment: 'ownRoom' }, attributes: { classified: true } }), '2026-01-01', testOptions);
    expect(findings.map((f) => f.ruleId)).toEqual(['chenzhou-2022/art2-classified-projects']);
  });
});

// 第二条 本办法所称市本级财政投资类信息化项目……是指全部或部分使用市本级财政资金建设的……项目。
const funded = (localFiscal: number, superior: number) =>
  facts({ project: { funding: { superior, localFiscal, selfRaised: 0, social: 0, other: 0 }, totalInvestmentFen: superior + localFiscal } });

describeRule('chenzhou-2022/art2-municipal-funds', 2, '是指全部或部分使用市本级财政资金建设的', {
  holds: [
    { name: '部分使用市本级财政资金（一分也算）', facts: funded(1, 99_999_999), asOf: '2026-01-01' },
    { name: '全部使用市本级财政资金', facts: funded(100_000_000, 0), asOf: '2026-01-01' },
  ],
  fires: [{ name: '全部为上级资金', facts: funded(0, 100_000_000), asOf: '2026-01-01', severity: 'info' }],
});
