import { describe, expect, it } from 'vitest';
import { projectFactsSchema } from '../../../../../shared/rules/framework/facts';
import { syntheticFacts } from './synthetic';

describe('synthetic projects (for meta-tests and the benchmark)', () => {
  it('are valid ProjectFacts input, and deterministic', () => {
    const list = syntheticFacts(300, 3);
    for (const f of list) {
      const parsed = projectFactsSchema.safeParse(JSON.parse(JSON.stringify(f)));
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    }
    expect(syntheticFacts(20, 3)).toEqual(list.slice(0, 20));
  });
});
