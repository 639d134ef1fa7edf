import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices, type Services } from '../../electron/services';
import { blankProject, type ProjectFields } from '../../shared/domain/project';
import type { Office } from '../../shared/domain/office';
import { fixedClock, type Clock } from '../../shared/domain/time';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../db/migrations', import.meta.url));

export const testOffice: Office = {
  name: '淅川县教育局',
  code: '11411326MB0000000H',
  role: 'unit',
  jurisdiction: 'xichuan-2025',
  operator: '张敏',
};

export function tempDataDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'govit-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function openServices(dataDir: string, clock: Clock = fixedClock('2026-11-24T01:30:00Z')): Promise<Services> {
  return createServices({ dataDir, migrationsFolder: MIGRATIONS_FOLDER, clock, appVersion: 'test' });
}

/** A valid project; override what the test is about. */
export function sampleProject(overrides: Partial<ProjectFields> = {}): ProjectFields {
  return {
    ...blankProject(2026),
    name: '淅川县智慧教育云平台建设项目',
    unitName: '淅川县教育局',
    contactPerson: '李强',
    contactPhone: '0377-69230000',
    totalInvestmentFen: 380_000_000,
    funding: { superior: 200_000_000, localFiscal: 180_000_000, selfRaised: 0, social: 0, other: 0 },
    ...overrides,
  };
}

/** A digest of every row of every table: equal digests mean nothing was written. */
export function databaseDigest(services: Services): string {
  const { sqlite } = services.context.handle;
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'projects_fts%' ORDER BY name")
    .all() as { name: string }[];
  return tables.map(({ name }) => `${name}:${JSON.stringify(sqlite.prepare(`SELECT * FROM "${name}"`).raw().all())}`).join('\n');
}
