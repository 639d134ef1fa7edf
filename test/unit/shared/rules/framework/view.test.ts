import { describe, expect, it } from 'vitest';
import { FactsView } from '../../../../../shared/rules/framework/view';
import { projectFactsSchema } from '../../../../../shared/rules/framework/facts';
import { baseProject, facts, on, review } from '../support/facts';

describe('FactsView: the facts as of a day', () => {
  const f = facts({
    project: { stage: 'construction' },
    events: [on('completed', '2026-05-01'), review('technical', '2025-10-01', 'rejected'), review('technical', '2025-09-01'), review('technical', '2025-11-01')],
    materials: ['contract'],
  });

  it('sorts events by date and ignores those after asOf', () => {
    const view = new FactsView(f, '2026-04-30');
    expect(view.first('completed')).toBeUndefined();
    expect(view.all('review').map((r) => r.date)).toEqual(['2025-09-01', '2025-10-01', '2025-11-01']);
    expect(new FactsView(f, '2026-05-01').first('completed')?.date).toBe('2026-05-01');
  });

  it('the latest decision of a review kind is the one that counts', () => {
    expect(new FactsView(f, '2025-10-15').approved('technical')).toBe(false);
    expect(new FactsView(f, '2025-11-01').approved('technical')).toBe(true);
  });

  it('materials dated after asOf are not there yet; undated ones are', () => {
    const dated = projectFactsSchema.parse({ project: baseProject(), materials: [{ code: 'auditReport', date: '2026-06-01' }, { code: 'contract' }] });
    expect(new FactsView(dated, '2026-05-31').has('auditReport')).toBe(false);
    expect(new FactsView(dated, '2026-06-01').has('auditReport')).toBe(true);
    expect(new FactsView(dated, '2020-01-01').has('contract')).toBe(true);
  });

  it('orders stages, with rejected before approved', () => {
    const view = new FactsView(f, '2026-06-01');
    expect(view.atOrAfter('procurement')).toBe(true);
    expect(view.atOrAfter('acceptance')).toBe(false);
    const rejected = new FactsView(facts({ project: { stage: 'rejected' } }), '2026-01-01');
    expect(rejected.atOrAfter('underReview')).toBe(true);
    expect(rejected.atOrAfter('approved')).toBe(false);
  });
});
