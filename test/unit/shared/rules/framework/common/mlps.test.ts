import { describe, expect, it } from 'vitest';
import { mlpsAssessedRule, mlpsGradedRule } from '../../../../../../shared/rules/framework/common/mlps';
import { facts } from '../../support/facts';
import { art, run } from './run';

const ASOF = '2026-06-01';
const head = { id: 'x/art32-mlps', citation: art(32), article: '第三十二条', quote: '严格落实等级保护要求' };

describe('mlpsGradedRule (定级)', () => {
  const rule = mlpsGradedRule(head);
  it('holds once graded, and before construction', () => {
    expect(run(rule, facts({ project: { stage: 'construction', mlpsLevel: 2 } }), ASOF)).toEqual([]);
    expect(run(rule, facts({ project: { stage: 'procurement', mlpsLevel: 0 } }), ASOF)).toEqual([]);
  });
  it('fires in construction when not graded, quoting the article by default', () => {
    expect(run(rule, facts({ project: { stage: 'construction', mlpsLevel: 0 } }), ASOF)).toEqual([
      {
        severity: 'warning',
        message: '项目已进入建设实施及以后阶段，系统尚未确定等级保护级别；依第三十二条，应“严格落实等级保护要求”。',
        action: '请开展等级保护定级、报公安机关备案，上传备案证明并登记级别。',
      },
    ]);
  });
  it('takes its own basis', () => {
    const [draft] = run(mlpsGradedRule({ ...head, basis: 'B' }), facts({ project: { stage: 'construction', mlpsLevel: 0 } }), ASOF);
    expect(draft?.message).toBe('项目已进入建设实施及以后阶段，系统尚未确定等级保护级别；B');
  });
});

describe('mlpsAssessedRule (测评, 第二级 and above)', () => {
  const rule = mlpsAssessedRule(head);
  const operating = (mlpsLevel: 0 | 1 | 2 | 3, passed?: boolean) =>
    facts({ project: { stage: 'operation', mlpsLevel }, events: passed === undefined ? [] : [{ kind: 'mlpsAssessed', date: '2026-01-05', passed }] });
  it('holds for 第一级, and after a passed assessment', () => {
    expect(run(rule, operating(1), ASOF)).toEqual([]);
    expect(run(rule, operating(3, true), ASOF)).toEqual([]);
  });
  it('fires for 第二级 in operation without a passed assessment', () => {
    const [draft] = run(rule, operating(2, false), ASOF);
    expect(draft?.severity).toBe('warning');
    expect(draft?.message).toContain('尚无通过等级保护测评的记录；依第三十二条，应“严格落实等级保护要求”。');
  });
});
