import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../../../../shared/rules/framework/check';
import { laohekou2024 } from '../../../../../../shared/rules/packs/laohekou-2024';
import { testOptions } from '../../support/calendar';
import { facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

// 第二十八条 涉密的信息化和智慧城市项目按照相关保密要求实施。
describeRule('laohekou-2024/art28-classified-projects', 28, '涉密的信息化和智慧城市项目按照相关保密要求实施', {
  holds: [{ name: '非涉密项目按本办法检查', facts: facts(), asOf: '2025-06-03' }],
  fires: [{ name: '涉密项目', facts: facts({ attributes: { classified: true } }), asOf: '2025-06-03', severity: 'info' }],
});

describe('第二十八条 takes classified projects out of the whole 办法', () => {
  it('a classified project gets that one finding and no other', () => {
    const project = facts({ project: { stage: 'operation', cloudDeployment: 'ownRoom' }, attributes: { classified: true } });
    expect(checkProject(laohekou2024, project, '2025-06-03', testOptions).map((f) => f.ruleId)).toEqual(['laohekou-2024/art28-classified-projects']);
  });
});
