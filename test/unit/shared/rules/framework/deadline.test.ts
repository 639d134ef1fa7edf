import { describe, expect, it } from 'vitest';
import { deadlineStatus, type DeadlineInstance } from '../../../../../shared/rules/framework/deadline';

const due = (doneOn: string | null): DeadlineInstance => ({ label: '验收', startedOn: '2026-03-16', dueDate: '2026-09-16', doneOn });

describe('deadline status: the due date is the last day on time (inclusive)', () => {
  it.each([
    ['2026-09-15', 'met'],
    ['2026-09-16', 'met'],
    ['2026-09-17', 'metLate'],
  ])('done on %s → %s', (doneOn, status) => {
    expect(deadlineStatus(due(doneOn), '2026-12-01', 30)).toBe(status);
  });

  it.each([
    ['2026-08-16', 'pending'], // 31 days before
    ['2026-08-17', 'dueSoon'], // 30 days before
    ['2026-09-16', 'dueSoon'], // the due date itself
    ['2026-09-17', 'overdue'],
  ])('not done, as of %s → %s', (asOf, status) => {
    expect(deadlineStatus(due(null), asOf, 30)).toBe(status);
  });
});

describe('windows (“验收后12至24个月内”): opensOn is the first day the act counts', () => {
  const window = (doneOn: string | null): DeadlineInstance => ({ label: '自评价', startedOn: '2026-01-15', opensOn: '2027-01-15', dueDate: '2028-01-17', doneOn });
  it.each([
    ['2027-01-14', 'early'],
    ['2027-01-15', 'met'],
    ['2028-01-17', 'met'],
    ['2028-01-18', 'metLate'],
  ])('done on %s → %s', (doneOn, status) => {
    expect(deadlineStatus(window(doneOn), '2028-06-01', 30)).toBe(status);
  });
});
