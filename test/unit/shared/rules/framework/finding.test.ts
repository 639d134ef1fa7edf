import { describe, expect, it } from 'vitest';
import { findingSchema, makeFinding, type Finding } from '../../../../../shared/rules/framework/finding';

describe('findings carry their citation', () => {
  it('takes regulation and article from the citation, or the draft’s own', () => {
    const cite = { regulation: 'xichuan-2025', article: 17 } as const;
    const base = makeFinding('xichuan-2025/x', 'p1', cite, { severity: 'warning', message: 'm', action: 'a' });
    expect(base).toEqual({ ruleId: 'xichuan-2025/x', projectId: 'p1', regulation: 'xichuan-2025', article: 17, severity: 'warning', message: 'm', action: 'a' });
    expect('dueDate' in base).toBe(false);
    const other = makeFinding('xichuan-2025/x', 'p1', cite, { severity: 'info', message: 'm', action: 'a', dueDate: '2026-01-01', citation: { regulation: 'xichuan-2025', article: 9 } });
    expect(other).toMatchObject({ article: 9, dueDate: '2026-01-01' });
    expect(findingSchema.parse(other)).toEqual(other);
  });

  it('cannot be typed without an article', () => {
    // @ts-expect-error — `article` (and `regulation`) are required
    const incomplete: Finding = { ruleId: 'r', projectId: 'p', regulation: 'xichuan-2025', severity: 'info', message: 'm', action: 'a' };
    expect(findingSchema.safeParse(incomplete).success).toBe(false);
  });
});
