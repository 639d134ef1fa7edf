import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import { choosePlan } from '../../../db/queries/project-list';
import { openServices, tempDataDir } from '../../support/services';

let data: ReturnType<typeof tempDataDir>;
let services: Services;
beforeAll(async () => {
  data = tempDataDir();
  services = await openServices(data.dir);
});
afterAll(() => {
  services.close();
  data.cleanup();
});

function plan(query: string): string {
  return (services.context.handle.sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');
}

describe('the register’s hot queries use their indexes', () => {
  it.each([
    ['count by stage', "SELECT count(*) FROM projects WHERE stage = 'draft'", 'projects_stage_idx'],
    ['count by year', 'SELECT count(*) FROM projects WHERE planned_year = 2026', 'projects_year_idx'],
    ['count by unit', "SELECT count(*) FROM projects WHERE unit_name = '淅川县教育局'", 'projects_unit_idx'],
    ['count by class', "SELECT count(*) FROM projects WHERE project_class = 'service'", 'projects_class_idx'],
    ['amount range', 'SELECT count(*) FROM projects WHERE total_investment_fen BETWEEN 1 AND 2', 'projects_amount_idx'],
    ['walk the sort index with a filter switched off', "SELECT seq FROM projects WHERE +stage = 'draft' ORDER BY name, seq LIMIT 20", 'projects_name_unit_idx'],
    ['short search scans the narrow (name, unit) index', "SELECT count(*) FROM projects WHERE name LIKE '%教育%' OR unit_name LIKE '%教育%'", 'COVERING INDEX projects_name_unit_idx'],
    ['long search uses the trigram index', `SELECT rowid FROM projects_fts WHERE projects_fts MATCH '"数据中心"'`, 'VIRTUAL TABLE INDEX 0:M'],
    ['a project’s history', "SELECT * FROM history WHERE entity_type = 'project' AND entity_id = 'x' ORDER BY seq", 'history_entity_idx'],
  ])('%s', (_name, query, index) => {
    expect(plan(query)).toContain(index);
  });

  it('walks the sort index only when many rows match', () => {
    expect(choosePlan(50_000, 100_000, 20)).toBe('sortIndex');
    expect(choosePlan(500, 100_000, 20)).toBe('filterIndex');
    expect(choosePlan(0, 100_000, 20)).toBe('filterIndex');
  });

  it('finds 2-character and longer substrings the same way, and treats % and _ literally', () => {
    services.office.completeSetup({ name: '测试单位', code: 'TEST000001', role: 'unit', jurisdiction: 'heze-2021', operator: '测试' });
    const base = { contactPerson: '甲', contactPhone: '0530-1234567', projectClass: 'investment', kind: 'new', source: 'unit', totalInvestmentFen: 0, funding: { superior: 0, localFiscal: 0, selfRaised: 0, social: 0, other: 0 }, plannedYear: 2026, stage: 'draft', cloudDeployment: 'govCloud', mlpsLevel: 0, cryptoPlan: 'none', dataSharing: 'none', description: '' } as const;
    services.projects.importMany([
      { ...base, name: '菏泽市医保结算平台', unitName: '菏泽市医疗保障局' },
      { ...base, name: '100%_覆盖工程', unitName: '菏泽市大数据局' },
    ]);
    const search = (text: string) => services.projects.list({ search: text, stages: [], plannedYear: null, unitName: null, projectClass: null, kind: null, minFen: null, maxFen: null, sortBy: 'name', sortDir: 'asc', page: 1, pageSize: 20 }).total;
    expect(search('医保')).toBe(1);
    expect(search('结算平台')).toBe(1);
    expect(search('医疗保障')).toBe(1);
    expect(search('%_')).toBe(1);
    expect(search('_')).toBe(1);
    expect(search('保医')).toBe(0);
  });
});
