import { describe, expect, it } from 'vitest';
import { acceptedAndInUseSince, selfEvaluationWindowDeadline } from '../../../../../../shared/rules/framework/common/self-evaluation';
import { FactsView } from '../../../../../../shared/rules/framework/view';
import { facts, on } from '../../support/facts';
import { art, run } from './run';

const deadline = selfEvaluationWindowDeadline({
  id: 'x/art24-self-evaluation-window',
  title: 'T',
  citation: art(24),
  quote: 'Q',
  opensMonths: 'opens',
  dueMonths: 'due',
  label: '开展自评价',
  since: '竣工验收并投入使用',
  dueSoonQuote: '“12至24个月内开展自评价”',
  actions: { early: (window) => `E ${window}`, dueSoon: 'S', overdue: 'O' },
});
const params = { opens: 12, due: 24 };
// Accepted 2025-12-01, in use from 2026-01-15 (Thu): window 2027-01-15 … 2028-01-17 (2028-01-15 is a Saturday).
const inUse = (...evaluations: string[]) =>
  facts({
    project: { stage: 'operation' },
    events: [on('finalAcceptancePassed', '2025-12-01'), on('operationStarted', '2026-01-15'), ...evaluations.map((d) => on('selfEvaluationSubmitted', d))],
  });

describe('acceptedAndInUseSince', () => {
  it('is the later of the passed acceptance and the start of operation', () => {
    expect(acceptedAndInUseSince(new FactsView(inUse(), '2026-06-01'))).toBe('2026-01-15');
  });
  it('is null before a passed acceptance', () => {
    expect(acceptedAndInUseSince(new FactsView(facts({ project: { stage: 'operation' } }), '2026-06-01'))).toBeNull();
  });
});

describe('selfEvaluationWindowDeadline', () => {
  it('holds for an evaluation inside the window', () => {
    expect(run(deadline, inUse('2027-03-01'), '2027-06-01', params)).toEqual([]);
  });
  it('fires overdue the day after the window, with the window in the message', () => {
    expect(run(deadline, inUse(), '2028-01-18', params)).toEqual([
      {
        severity: 'warning',
        message: '项目于 2026-01-15 竣工验收并投入使用，应在“12至24个月内”（2027-01-15 至 2028-01-17）开展自评价，尚无自评价记录。',
        action: 'O',
        dueDate: '2028-01-17',
      },
    ]);
  });
  it('does not count an early evaluation', () => {
    const [draft] = run(deadline, inUse('2026-06-01'), '2026-07-01', params);
    expect(draft).toMatchObject({ severity: 'info', action: 'E 2027-01-15 至 2028-01-17', dueDate: '2028-01-17' });
  });
  it('quotes the pack’s words while due soon', () => {
    expect(run(deadline, inUse(), '2028-01-10', params)[0]?.message).toBe(
      '项目于 2026-01-15 竣工验收并投入使用，依“12至24个月内开展自评价”，应于 2028-01-17 前完成，还剩 7 天。',
    );
  });
});
