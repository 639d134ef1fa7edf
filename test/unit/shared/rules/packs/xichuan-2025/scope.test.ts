import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../../../../shared/rules/framework/check';
import { xichuan2025 } from '../../../../../../shared/rules/packs/xichuan-2025';
import { testOptions } from '../../support/calendar';
import { facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

// 第三十八条 涉及国家秘密的信息化项目建设和国家有特别规定的政务信息化项目建设,按有关规定执行。
describeRule('xichuan-2025/art38-classified-projects', 38, '涉及国家秘密的信息化项目建设', {
  holds: [{ name: '非涉密项目按本办法检查', facts: facts(), asOf: '2026-01-01' }],
  fires: [{ name: '涉密项目', facts: facts({ attributes: { classified: true } }), asOf: '2026-01-01', severity: 'info' }],
});

describe('第三十八条 is an exception to the whole 办法', () => {
  it('a classified project gets that one finding and no other', () => {
    const findings = checkProject(xichuan2025, facts({ project: { stage: 'operation', cloudDeployment: 'ownRoom' }, attributes: { classified: true } }), '2026-01-01', testOptions);
    expect(findings.map((f) => f.ruleId)).toEqual(['xichuan-2025/art38-classified-projects']);
  });
});
