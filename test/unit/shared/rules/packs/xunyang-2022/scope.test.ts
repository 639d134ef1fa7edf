import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../../../../shared/rules/framework/check';
import { xunyang2022 } from '../../../../../../shared/rules/packs/xunyang-2022';
import { testOptions } from '../../support/calendar';
import { facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

// 第三条 涉及国家秘密的项目管理，应遵从有关保密规定。
describeRule('xunyang-2022/art3-classified-projects', 3, '涉及国家秘密的项目管理，应遵从有关保密规定', {
  holds: [{ name: '非涉密项目按本办法检查', facts: facts(), asOf: '2026-01-01' }],
  fires: [{ name: '涉密项目', facts: facts({ attributes: { classified: true } }), asOf: '2026-01-01', severity: 'info' }],
});

describe('第三条: a classified project is outside the 办法', () => {
  it('gets that one finding and no other', () => {
    const f = facts({ project: { stage: 'operation', cloudDeployment: 'ownRoom' }, attributes: { classified: true }, compliance: { infrastructure: { newServerRoom: true } } });
    expect(checkProject(xunyang2022, f, '2026-01-01', testOptions).map((finding) => finding.ruleId)).toEqual(['xunyang-2022/art3-classified-projects']);
  });
});
