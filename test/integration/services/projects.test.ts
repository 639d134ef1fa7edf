import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../electron/rpc/dispatch';
import type { Services } from '../../../electron/services';
import { databaseDigest, openServices, sampleProject, tempDataDir, testOffice } from '../../support/services';
import { envelopeValue as value } from '../../support/envelope';

let data: ReturnType<typeof tempDataDir>;
let services: Services;
let call: Dispatch;

beforeEach(async () => {
  data = tempDataDir();
  services = await openServices(data.dir);
  call = createDispatcher(services.handlers, () => {});
  value(await call('setup.complete', testOffice));
});

afterEach(() => {
  services.close();
  data.cleanup();
});

describe('the register through the contract', () => {
  it('creates, finds by a two-character Chinese substring, edits, and keeps the history', async () => {
    const created = value<{ id: string; version: number }>(await call('project.create', sampleProject()));
    value(await call('project.create', sampleProject({ name: '淅川县医保信息平台', unitName: '淅川县医疗保障局' })));

    const found = value<{ rows: { id: string }[]; total: number }>(await call('project.list', { search: '教育' }));
    expect(found.total).toBe(1);
    expect(found.rows[0]!.id).toBe(created.id);
    const byThree = value<{ total: number }>(await call('project.list', { search: '医保信' }));
    expect(byThree.total).toBe(1);

    const edited = value<{ version: number; totalInvestmentFen: number }>(
      await call('project.update', {
        id: created.id,
        expectedVersion: created.version,
        fields: sampleProject({
          totalInvestmentFen: 400_000_000,
          funding: { superior: 200_000_000, localFiscal: 200_000_000, selfRaised: 0, social: 0, other: 0 },
        }),
      }),
    );
    expect(edited.version).toBe(2);

    const history = value<{ action: string; actor: string; changes: { field: string; before: unknown; after: unknown }[] }[]>(
      await call('project.history', { id: created.id }),
    );
    expect(history.map((entry) => entry.action)).toEqual(['create', 'update']);
    expect(history[1]!.actor).toBe('张敏');
    expect(history[1]!.changes).toEqual([
      { field: 'totalInvestmentFen', before: 380_000_000, after: 400_000_000 },
      { field: 'funding.localFiscal', before: 180_000_000, after: 200_000_000 },
    ]);
  });

  it('filters by stage, year, unit, class, kind and amount range, sorts and pages', async () => {
    for (let index = 0; index < 25; index += 1) {
      services.projects.create(
        sampleProject({
          name: `项目${String(index).padStart(2, '0')}`,
          plannedYear: 2024 + (index % 3),
          stage: index % 2 === 0 ? 'draft' : 'construction',
          kind: index % 5 === 0 ? 'om' : 'new',
          totalInvestmentFen: (index + 1) * 1_000_000,
          funding: { superior: 0, localFiscal: (index + 1) * 1_000_000, selfRaised: 0, social: 0, other: 0 },
        }),
      );
    }
    const page = value<{ rows: { name: string; totalInvestmentFen: number }[]; total: number }>(
      await call('project.list', { stages: ['draft'], plannedYear: 2024, sortBy: 'totalInvestmentFen', sortDir: 'asc', pageSize: 2, page: 2 }),
    );
    // draft (even index) and year 2024 (index % 3 === 0): 0, 6, 12, 18, 24
    expect(page.total).toBe(5);
    expect(page.rows.map((row) => row.name)).toEqual(['项目12', '项目18']);

    const ranged = value<{ total: number }>(await call('project.list', { minFen: 10_000_000, maxFen: 12_000_000 }));
    expect(ranged.total).toBe(3);
    const omOnly = value<{ total: number }>(await call('project.list', { kind: 'om' }));
    expect(omOnly.total).toBe(5);
    const refused = await call('project.list', { minFen: 5, maxFen: 1 });
    expect(refused).toMatchObject({ ok: false, error: { message: '最低金额不能高于最高金额' } });
  });

  it.each([
    ['an empty name', sampleProject({ name: '  ' }), '项目名称为必填项'],
    ['a negative amount', sampleProject({ totalInvestmentFen: -100 }), '总投资不能为负数'],
    [
      'a funding split that does not add up',
      sampleProject({ totalInvestmentFen: 380_000_000, funding: { superior: 100_000_000, localFiscal: 0, selfRaised: 0, social: 0, other: 0 } }),
      '资金来源合计 100.00 万元与总投资 380.00 万元不一致',
    ],
  ])('refuses %s with its message and writes nothing', async (_case, fields, message) => {
    const before = databaseDigest(services);
    const result = await call('project.create', fields);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('validation');
      expect(result.error.issues?.map((issue) => issue.message)).toContain(message);
    }
    expect(databaseDigest(services)).toBe(before);
  });

  it('refuses an edit made against a stale version', async () => {
    const created = services.projects.create(sampleProject());
    services.projects.update(created.id, 1, sampleProject({ description: '第一次修改' }));
    const before = databaseDigest(services);
    const stale = await call('project.update', { id: created.id, expectedVersion: 1, fields: sampleProject({ description: '过期的修改' }) });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(databaseDigest(services)).toBe(before);
  });

  it('refuses project writes before first-run setup', async () => {
    const fresh = tempDataDir();
    const other = await openServices(fresh.dir);
    const result = await createDispatcher(other.handlers, () => {})('project.create', sampleProject());
    expect(result).toMatchObject({ ok: false, error: { code: 'setupRequired' } });
    expect(other.projects.count()).toBe(0);
    other.close();
    fresh.cleanup();
  });

  it('refuses an unknown method and a second setup', async () => {
    expect(await call('project.drop', {})).toMatchObject({ ok: false, error: { code: 'unknownMethod' } });
    expect(await call('setup.complete', testOffice)).toMatchObject({ ok: false, error: { code: 'alreadySetUp' } });
  });
});
