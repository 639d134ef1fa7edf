import { describe, expect, it } from 'vitest';
import { yearlyDeclarationDeadline } from '../../../../../../shared/rules/framework/common/declaration';
import { facts, on } from '../../support/facts';
import { art, run } from './run';

const deadline = yearlyDeclarationDeadline({
  id: 'x/art7-declaration',
  title: '年度申报截止',
  citation: art(7),
  quote: '每年6月底前',
  deadline: 'declarationDeadline',
  exempt: (view) => view.attributes.temporary,
  label: (year) => `${year} 年度项目申报`,
  dueSoon: (year, instance, daysLeft) => ({ message: `${year} ${instance.dueDate} ${daysLeft}`, action: 'S' }),
  overdue: (year, instance) => ({ message: `${year} ${instance.dueDate} overdue`, action: 'O' }),
  metLate: (year, instance) => ({ message: `${year} ${instance.doneOn ?? ''} late`, action: 'L' }),
});
const params = { declarationDeadline: '06-30' };
const draft = (events = [on('declarationSubmitted', '2026-06-30')]) => facts({ project: { stage: 'declared', plannedYear: 2027 }, events });

describe('yearlyDeclarationDeadline (fixed day of the year before)', () => {
  it('holds when declared on the due day, and for exempt projects', () => {
    expect(run(deadline, draft(), '2026-08-01', params)).toEqual([]);
    expect(run(deadline, facts({ project: { stage: 'draft', plannedYear: 2027 }, attributes: { temporary: true } }), '2026-08-01', params)).toEqual([]);
  });
  it('reminds while due soon, warns the day after, and notes a late declaration', () => {
    const none = facts({ project: { stage: 'draft', plannedYear: 2027 } });
    expect(run(deadline, none, '2026-06-20', params)).toEqual([{ severity: 'info', message: '2027 2026-06-30 10', action: 'S', dueDate: '2026-06-30' }]);
    expect(run(deadline, none, '2026-07-01', params)).toEqual([{ severity: 'warning', message: '2027 2026-06-30 overdue', action: 'O', dueDate: '2026-06-30' }]);
    expect(run(deadline, draft([on('declarationSubmitted', '2026-07-01')]), '2026-08-01', params)).toEqual([
      // met late stays visible, saying by how much (due Tuesday 06-30, done Wednesday 07-01)
      { severity: 'info', message: '2027 2026-07-01 late逾期 1 个工作日完成。', action: 'L' },
    ]);
  });
  it('is not checked for a project past review without a declaration', () => {
    expect(run(deadline, facts({ project: { stage: 'approved', plannedYear: 2027 } }), '2026-08-01', params)).toEqual([]);
  });
});
