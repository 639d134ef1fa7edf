import { describe, expect, it } from 'vitest';
import { cryptoAssessedRule, cryptoBuiltRule, cryptoPlannedRule } from '../../../../../../shared/rules/framework/common/crypto';
import { facts } from '../../support/facts';
import { art, run } from './run';

const ASOF = '2026-06-01';
const head = { id: 'x/art31-crypto', citation: art(31), article: '第三十一条', quote: '同步规划、同步建设、同步运行密码保障系统' };

describe('cryptoPlannedRule (同步规划)', () => {
  const rule = cryptoPlannedRule(head);
  it('holds once a crypto plan exists', () => {
    expect(run(rule, facts({ project: { stage: 'approved', cryptoPlan: 'planned' } }), ASOF)).toEqual([]);
  });
  it('holds for a pure equipment purchase', () => {
    expect(run(rule, facts({ project: { stage: 'approved' }, attributes: { procurementOnly: true } }), ASOF)).toEqual([]);
  });
  it('fires from the stage given, citing the article label', () => {
    const [draft] = run(rule, facts({ project: { stage: 'approved' } }), ASOF);
    expect(draft).toEqual({
      severity: 'warning',
      message: '项目已批复，密码应用仍为“未规划”；依第三十一条，应“同步规划、同步建设、同步运行密码保障系统”。',
      action: '请编制密码应用方案，上传并将密码应用情况更新为“已编制密码应用方案”。',
    });
    expect(rule.title).toBe('密码保障系统同步规划');
  });
  it('takes another stage, wording and title', () => {
    const other = cryptoPlannedRule({ ...head, title: 'T', from: 'planned', reached: '项目已列入年度计划', basis: 'B', action: 'A' });
    expect(run(other, facts({ project: { stage: 'approved' } }), ASOF)).toEqual([]);
    expect(run(other, facts({ project: { stage: 'planned' } }), ASOF)).toEqual([
      { severity: 'warning', message: '项目已列入年度计划，密码应用仍为“未规划”；B', action: 'A' },
    ]);
    expect(other.title).toBe('T');
  });
});

describe('cryptoBuiltRule (同步建设)', () => {
  const rule = cryptoBuiltRule(head);
  it('holds when built by acceptance', () => {
    expect(run(rule, facts({ project: { stage: 'acceptance', cryptoPlan: 'built' } }), ASOF)).toEqual([]);
  });
  it('fires at acceptance with only a plan', () => {
    const [draft] = run(rule, facts({ project: { stage: 'acceptance', cryptoPlan: 'planned' } }), ASOF);
    expect(draft?.message).toBe('项目已进入验收及以后阶段，密码保障系统尚未建成；依第三十一条，应与系统“同步建设”。');
  });
});

describe('cryptoAssessedRule (定期评估)', () => {
  const rule = cryptoAssessedRule({
    ...head,
    quote: '同步运行密码保障系统并定期评估',
    intervalMonths: 'interval',
    next: { done: '通过', rhythm: '“定期评估”', action: 'next' },
  });
  const params = { interval: 12 };
  const operating = (...events: { date: string; passed: boolean }[]) =>
    facts({ project: { stage: 'operation', cryptoPlan: 'assessed' }, events: events.map((e) => ({ kind: 'cryptoAssessed', ...e })) });
  it('holds within the interval after a passed assessment', () => {
    expect(run(rule, operating({ date: '2025-09-01', passed: true }), ASOF, params)).toEqual([]);
  });
  it('fires in operation without a passed assessment', () => {
    const [draft] = run(rule, operating({ date: '2026-01-05', passed: false }), ASOF, params);
    expect(draft?.message).toBe('系统已投入运行，尚无通过密码应用安全性评估的记录；依第三十一条，密码保障系统应“同步运行”“并定期评估”。');
  });
  it('fires overdue the day after the next is due (2025-06-02 + 12 months)', () => {
    expect(run(rule, operating({ date: '2025-06-02', passed: true }), '2026-06-03', params)).toEqual([
      {
        severity: 'warning',
        message: '上次密码应用安全性评估于 2025-06-02 通过，按每 12 个月“定期评估”，下次应于 2026-06-02 前完成，已逾期。',
        action: 'next',
        dueDate: '2026-06-02',
        restsOn: ['interval'], // “定期” gives no interval: the office's parameter
      },
    ]);
  });
});
