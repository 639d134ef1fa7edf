import { describe, expect, it } from 'vitest';
import { projectFactsSchema } from '../../../../../shared/rules/framework/facts';
import { baseProject } from '../support/facts';

describe('ProjectFacts: the JSON the rules read', () => {
  it('fills defaults: no events, no materials, every flag false', () => {
    const parsed = projectFactsSchema.parse({ project: baseProject() });
    expect(parsed.events).toEqual([]);
    expect(parsed.attributes).toMatchObject({ procurementOnly: false, temporary: false, classified: false });
    expect(parsed.compliance.infrastructure.newServerRoom).toBe(false);
    expect(parsed.compliance.sharing.exclusiveOpening).toBe(false);
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
  });

  it('refuses impossible days, unknown event kinds and unknown materials', () => {
    const project = baseProject();
    expect(projectFactsSchema.safeParse({ project, events: [{ kind: 'completed', date: '2026-02-30' }] }).success).toBe(false);
    expect(projectFactsSchema.safeParse({ project, events: [{ kind: 'teaBreak', date: '2026-02-03' }] }).success).toBe(false);
    expect(projectFactsSchema.safeParse({ project, materials: [{ code: 'napkin' }] }).success).toBe(false);
    expect(
      projectFactsSchema.safeParse({
        project,
        events: [{ kind: 'changeRequested', date: '2026-02-03', changeId: 'C1', adjustmentFen: -1, totalAfterFen: 0, reason: 'other', goalsUnchanged: true }],
      }).success,
    ).toBe(false);
  });
});
