import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COVERAGE_FILE, renderCoverageTable } from '../../../scripts/coverage-table';

describe('docs/regulations-coverage.md', () => {
  it('is generated from the current packs (run: npx tsx scripts/coverage-table.ts)', () => {
    const committed = readFileSync(fileURLToPath(new URL(`../../../${COVERAGE_FILE}`, import.meta.url)), 'utf8');
    expect(committed).toBe(renderCoverageTable());
  });

  it('lists every article of the five regulations', () => {
    const table = renderCoverageTable();
    expect(table).toContain('| xichuan-2025 | 40 |');
    expect(table).toContain('| heze-2021 | 41 |');
    expect(table).toContain('| 第十七条 |');
  });
});
