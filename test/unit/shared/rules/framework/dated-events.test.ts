import { describe, expect, it } from 'vitest';
import { checkInputSchema } from '../../../../../shared/contract/check-input';
import { checklistFor } from '../../../../../shared/rules/framework/check';
import { checkpointDay } from '../../../../../shared/rules/framework/checkpoint';
import { stageFromEvents } from '../../../../../shared/rules/framework/stages';
import { FactsView } from '../../../../../shared/rules/framework/view';
import { heze2021 } from '../../../../../shared/rules/packs/heze-2021';
import { baseProject, facts, on } from '../support/facts';

describe('FactsView: materials count from their date', () => {
  const view = (asOf: string) =>
    new FactsView(
      facts({ materials: [{ code: 'contract', date: '2026-03-02' }, 'auditReport', { code: 'auditReport', date: '2026-05-01' }] }),
      asOf,
    );
  it('a dated material is there from its day, not before', () => {
    expect(view('2026-03-01').materialDate('contract')).toBeUndefined();
    expect(view('2026-03-02').materialDate('contract')).toBe('2026-03-02');
  });
  it('an undated copy is there, with 日期不详 (null), until a dated copy shows its day', () => {
    expect(view('2026-04-01').materialDate('auditReport')).toBeNull();
    expect(view('2026-05-01').materialDate('auditReport')).toBe('2026-05-01');
    expect(view('2026-04-01').has('auditReport')).toBe(true);
  });
});

describe('stages follow the dated events too', () => {
  it('the furthest stage the events show', () => {
    expect(stageFromEvents([])).toBe('draft');
    expect(stageFromEvents([{ kind: 'declarationSubmitted', date: '2026-01-05' }, { kind: 'contractSigned', date: '2026-04-01' }])).toBe('construction');
    expect(stageFromEvents([{ kind: 'contractSigned', date: '2026-04-01' }], '2026-03-31')).toBe('draft');
    expect(stageFromEvents([{ kind: 'finalAcceptancePassed', date: '2026-09-01' }])).toBe('operation');
  });
  it('atOrAfter takes the further of the stage field and the events; transitions keep the field', () => {
    const view = new FactsView(facts({ events: [on('declarationSubmitted', '2026-01-05')] }), '2026-02-01');
    expect(view.stage).toBe('draft');
    expect(view.reachedStage).toBe('declared');
    expect(view.atOrAfter('declared')).toBe(true);
    expect(view.atOrAfter('underReview')).toBe(false);
  });
  it('reviews show no stage (事前评估 comes before the declaration)', () => {
    expect(stageFromEvents([{ kind: 'review', review: 'preAssessment', outcome: 'approved', date: '2026-01-05' } as never])).toBe('draft');
  });
});

describe('checkpoints', () => {
  it('the earliest of the events, review requests and reviews named', () => {
    const view = new FactsView(
      facts({ events: [{ kind: 'reviewRequested', review: 'technical', date: '2026-01-10' }, on('declarationSubmitted', '2026-01-12')] }),
      '2026-02-01',
    );
    expect(checkpointDay(view, { label: '立项申请', events: ['declarationSubmitted'], requests: ['technical'] })).toBe('2026-01-10');
    expect(checkpointDay(view, { label: '申报', events: ['declarationSubmitted'] })).toBe('2026-01-12');
    expect(checkpointDay(view, { label: '验收', events: ['finalAcceptanceApplied'] })).toBeUndefined();
  });
  it('checklistFor shows each material’s date, 日期不详 as null, and the event’s day', () => {
    const lines = checklistFor(
      heze2021,
      facts({ events: [on('declarationSubmitted', '2021-06-15')], materials: [{ code: 'preAssessmentReport', date: '2021-06-16' }, 'resourceCatalogue'] }),
      'declared',
      '2022-06-01',
    );
    const line = (code: string) => lines.find((l) => l.material === code)!;
    expect(line('preAssessmentReport')).toMatchObject({ present: true, date: '2021-06-16', dueAt: '2021-06-15' });
    expect(line('resourceCatalogue')).toMatchObject({ present: true, date: null });
    expect(line('implementationPlan')).toMatchObject({ present: false });
  });
});

describe('check input: stage is optional and derived from the events', () => {
  const { stage: _stage, ...project } = baseProject();
  const input = (events: unknown[], stage?: string) => ({ projects: [{ project: stage ? { ...project, stage } : project, events }] });
  it('absent: derived', () => {
    const parsed = checkInputSchema.parse(input([{ kind: 'declarationSubmitted', date: '2026-01-05' }, { kind: 'completed', date: '2026-09-01' }]));
    expect(parsed.projects[0]!.project.stage).toBe('trialRun');
    expect(checkInputSchema.parse(input([])).projects[0]!.project.stage).toBe('draft');
  });
  it('present: kept as given', () => {
    expect(checkInputSchema.parse(input([], 'approved')).projects[0]!.project.stage).toBe('approved');
  });
  it('owner type and the new facts are accepted; a bad one is refused in Chinese', () => {
    const ok = checkInputSchema.safeParse({
      projects: [{ project: { ...project, ownerType: 'publicHospital' }, events: [{ kind: 'paymentMade', paymentStage: 'final', date: '2026-01-05' }], compliance: { acceptanceRecord: { representatives: ['owner'] } } }],
    });
    expect(ok.success).toBe(true);
    const bad = checkInputSchema.safeParse({ projects: [{ project, events: [{ kind: 'rectificationOrdered', date: '2026-02-01', dueDate: '2026-01-31' }] }] });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain('整改期限不能早于责令整改的日期');
  });
});
