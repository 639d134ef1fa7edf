/**
 * The legal conventions every pack shares: 以上/以下 include the number, 不满/超过
 * do not (《民法典》第一千二百五十九条); a deadline met late stays visible as info
 * “逾期 N 个工作日完成”; a finding resting on an unset office parameter is at most
 * info and says “本地默认值，非办法规定，请审查部门确认”.
 */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../../../shared/rules/framework/check';
import { exceeds, isAtOrAbove, isAtOrBelow, isUnder } from '../../../../../shared/rules/framework/comparisons';
import { LOCAL_DEFAULT_NOTE } from '../../../../../shared/rules/framework/context';
import { metLateDraft, workingDaysLate } from '../../../../../shared/rules/framework/deadline';
import { xichuan2025 } from '../../../../../shared/rules/packs/xichuan-2025';
import { officeOptions, testCalendar, testOptions } from '../support/calendar';
import { facts } from '../support/facts';

describe('以上、以下 include the number; 不满、超过 do not', () => {
  it.each([
    [99, false, true, false, true],
    [100, true, true, false, false],
    [101, true, false, true, false],
  ])('value %i against 100', (value, atOrAbove, atOrBelow, over, under) => {
    expect(isAtOrAbove(value, 100)).toBe(atOrAbove);
    expect(isAtOrBelow(value, 100)).toBe(atOrBelow);
    expect(exceeds(value, 100)).toBe(over);
    expect(isUnder(value, 100)).toBe(under);
  });
});

describe('逾期 N 个工作日完成', () => {
  it('counts the working days after the due date up to the act', () => {
    expect(workingDaysLate('2026-06-30', '2026-07-01', testCalendar)).toBe(1); // Tue → Wed
    expect(workingDaysLate('2026-07-03', '2026-07-06', testCalendar)).toBe(1); // Fri → Mon
    expect(workingDaysLate('2026-09-30', '2026-10-09', testCalendar)).toBe(2); // over the test National Day break: 10-08, 10-09
  });
  it('an act on a rest day after the due date is still one day late', () => {
    expect(workingDaysLate('2026-07-03', '2026-07-04', testCalendar)).toBe(1); // Fri → Sat
  });
  it('keeps the pack’s words, forces info and adds the count; says something when the pack says nothing', () => {
    const instance = { label: 'x', startedOn: '2026-06-01', dueDate: '2026-06-30', doneOn: '2026-07-02' };
    expect(metLateDraft('报送', instance, { severity: 'warning', message: '晚了。', action: 'A' }, testCalendar)).toEqual({
      severity: 'info',
      message: '晚了。逾期 2 个工作日完成。',
      action: 'A',
    });
    expect(metLateDraft('报送', instance, null, testCalendar).message).toBe('报送：期限为 2026-06-30，于 2026-07-02 完成，逾期 2 个工作日完成。');
  });
});

describe('a finding resting on a parameter the regulation does not fix', () => {
  // xichuan 第三十五条 “严重逾期” has no number: 90 days is the pack's default until the office sets it.
  const late = facts({ project: { stage: 'construction' }, attributes: { plannedCompletionDate: '2026-01-01' } });
  const ofRule = (options = testOptions) =>
    checkProject(xichuan2025, late, '2026-04-02', options).filter((f) => f.ruleId === 'xichuan-2025/art35-serious-delay');
  it('is info and says so while the default is unset (91 days late)', () => {
    const [finding] = ofRule();
    expect(finding?.severity).toBe('info');
    expect(finding?.message).toContain(LOCAL_DEFAULT_NOTE);
    expect(finding?.message).toContain('90 天');
  });
  it('keeps its own severity once the office has set the value', () => {
    const [finding] = ofRule(officeOptions(xichuan2025));
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).not.toContain(LOCAL_DEFAULT_NOTE);
  });
});
