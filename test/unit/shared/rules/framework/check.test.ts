import { describe, expect, it } from 'vitest';
import { checkOffice, checkProject, checklistFor, projectDeadlines } from '../../../../../shared/rules/framework/check';
import { weekdayCalendar, type WorkingDayCalendar } from '../../../../../shared/rules/framework/calendar';
import { definePack, type RulePack } from '../../../../../shared/rules/framework/pack';
import { ParameterGapError } from '../../../../../shared/rules/framework/parameters';
import { xichuan2025 } from '../../../../../shared/rules/packs/xichuan-2025';
import { testOptions } from '../support/calendar';
import { PROJECT_ID, facts, on } from '../support/facts';

// A toy pack whose only parameter has a value for the first half of its validity only.
const toy: RulePack<'limit'> = definePack<'limit'>({
  meta: { ...xichuan2025.meta, validFrom: '2025-01-01', validUntil: '2025-12-31', version: '0.0.1' },
  parameters: {
    limit: {
      description: '测试参数',
      unit: 'days',
      citation: { regulation: 'xichuan-2025', article: 35 },
      quote: '发现项目严重逾期',
      overridable: false,
      values: [{ from: '2025-01-01', until: '2025-06-30', value: 10 }],
    },
  },
  lifecycle: { transitions: [] },
  approvalSteps: [],
  approvalPath: () => [],
  checklists: [],
  deadlines: [],
  rules: [
    {
      id: 'xichuan-2025/toy',
      title: '测试',
      citation: { regulation: 'xichuan-2025', article: 35 },
      quote: '发现项目严重逾期',
      check(_view, ctx, report) {
        report({ severity: 'info', message: `limit=${ctx.params.number('limit')}`, action: '无' });
      },
    },
  ],
  scopeExclusions: [],
  notEncoded: {},
});

describe('checkProject', () => {
  it('runs rules only while every parameter has a value: a gap throws, never carries over', () => {
    expect(checkProject(toy, facts(), '2025-06-30', testOptions).map((f) => f.message)).toEqual(['limit=10']);
    expect(() => checkProject(toy, facts(), '2025-07-01', testOptions)).toThrow(ParameterGapError);
  });

  it('outside the validity period, reports only the pack status and runs no rule', () => {
    const findings = checkProject(xichuan2025, facts({ project: { stage: 'operation', cloudDeployment: 'ownRoom' } }), '2027-08-30', testOptions);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'xichuan-2025/validity', article: 40, severity: 'warning', projectId: PROJECT_ID });
    expect(checkProject(xichuan2025, facts(), '2025-08-28', testOptions).map((f) => f.ruleId)).toEqual(['xichuan-2025/validity']);
  });

  it('within 90 days of the end, adds an info finding and still checks', () => {
    const findings = checkProject(xichuan2025, facts({ project: { stage: 'construction', cloudDeployment: 'ownRoom' } }), '2027-06-01', testOptions);
    expect(findings[0]).toMatchObject({ ruleId: 'xichuan-2025/validity', severity: 'info', dueDate: '2027-08-29' });
    expect(findings.some((f) => f.ruleId === 'xichuan-2025/art25-no-new-server-room')).toBe(true);
  });

  it('closed projects (rejected, shut down) are checked only by rules that ask for them', () => {
    const closed = facts({ project: { stage: 'shutDown', cloudDeployment: 'ownRoom' }, events: [on('shutDown', '2026-04-10')] });
    expect(checkProject(xichuan2025, closed, '2026-06-01', testOptions).map((f) => f.ruleId)).toEqual(['xichuan-2025/art20-shutdown-approved']);
    expect(checkProject(xichuan2025, facts({ project: { stage: 'rejected', plannedYear: 2027 } }), '2026-08-01', testOptions)).toEqual([]);
  });

  it('is deterministic and depends only on its inputs (no clock)', () => {
    const f = facts({ project: { stage: 'acceptance' }, events: [on('completed', '2026-01-05')] });
    const first = checkProject(xichuan2025, f, '2026-07-20', testOptions);
    expect(checkProject(xichuan2025, structuredClone(f), '2026-07-20', { calendar: testOptions.calendar })).toEqual(first);
  });
});

describe('checkOffice', () => {
  it('checks every project and isolates one that throws', () => {
    const failing: WorkingDayCalendar = {
      isWorkingDay: (day) => {
        if (day > '2026-06-01') throw new Error('节假日数据不包含该年度');
        return weekdayCalendar().isWorkingDay(day);
      },
      addWorkingDays: (day, n) => weekdayCalendar().addWorkingDays(day, n),
    };
    const ok = facts({ project: { stage: 'draft' } });
    const bad = facts({ project: { id: '11111111-2222-4333-8444-555555555555', stage: 'acceptance' }, events: [on('completed', '2026-01-05')] });
    const results = checkOffice(xichuan2025, [ok, bad], '2026-03-01', { calendar: failing });
    expect(results[0]).toHaveProperty('findings');
    expect(results[1]).toMatchObject({ projectId: bad.project.id, error: '节假日数据不包含该年度' });
  });
});

describe('deadlines and checklists for the screens', () => {
  it('lists the project’s deadlines soonest first, with status', () => {
    const f = facts({ project: { stage: 'acceptance' }, events: [on('completed', '2026-03-16'), on('finalAcceptanceFailed', '2026-05-06')] });
    const entries = projectDeadlines(xichuan2025, f, '2026-05-20', testOptions);
    expect(entries.map((e) => [e.deadlineId, e.instance.dueDate, e.status])).toEqual([
      ['xichuan-2025/art19-rectify-within-a-month', '2026-06-08', 'dueSoon'], // 06-06 is a Saturday
      ['xichuan-2025/art18-acceptance-within-6-months', '2026-09-16', 'met'],
    ]);
  });

  it('lists the materials needed up to a stage', () => {
    const lines = checklistFor(xichuan2025, facts({ materials: ['declarationForm'] }), 'approved', '2026-01-01');
    expect(lines.map((l) => [l.material, l.present])).toEqual([
      ['declarationForm', true],
      ['aiApplicationAnalysis', false],
      ['sharingAnalysisChapter', false],
      ['resourceCatalogue', false],
      ['dataSharingList', false],
    ]);
  });
});
