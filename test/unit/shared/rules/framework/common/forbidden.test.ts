import { describe, expect, it } from 'vitest';
import { forbiddenRule } from '../../../../../../shared/rules/framework/common/forbidden';
import { facts } from '../../support/facts';
import { art, run } from './run';

const rule = forbiddenRule({
  id: 'x/art11-no-new-server-room',
  title: '不得再自行建立数据机房',
  citation: art(11),
  quote: '各部门不得再自行建立数据机房',
  when: (view) => view.compliance.infrastructure.newServerRoom,
  message: 'M',
  action: 'A',
});

describe('forbiddenRule (不得)', () => {
  it('holds when the facts do not show the forbidden situation', () => {
    expect(run(rule, facts(), '2026-06-01')).toEqual([]);
  });
  it('fires, blocking, when they do', () => {
    const built = facts({ compliance: { infrastructure: { newServerRoom: true } } });
    expect(run(rule, built, '2026-06-01')).toEqual([{ severity: 'blocking', message: 'M', action: 'A' }]);
  });
  it('keeps only the head of its options on the rule', () => {
    expect(Object.keys(rule).sort()).toEqual(['check', 'citation', 'id', 'quote', 'title']);
  });
});
