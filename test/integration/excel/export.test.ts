import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import { REGISTER_COLUMNS } from '../../../electron/services/excel/export-tables';
import type { ExportedFile, LedgerImportResult, LedgerPreview } from '../../../shared/contract/excel';
import { fixedClock } from '../../../shared/domain/time';
import { complianceFactsSchema, projectAttributesSchema } from '../../../shared/rules/framework/facts';
import { openServices, sampleProject, tempDataDir, testOffice } from '../../support/services';
import { contractOf, fileInput } from './support';

let data: ReturnType<typeof tempDataDir>;
let services: Services;
let api: ReturnType<typeof contractOf>;

beforeEach(async () => {
  data = tempDataDir();
  services = await openServices(data.dir, fixedClock('2026-11-24T02:00:00Z'));
  services.office.completeSetup(testOffice);
  api = contractOf(services);
});
afterEach(() => {
  services.close();
  data.cleanup();
});

/** The sheet's rows as plain values (row 1 the header), read back with exceljs. */
async function readBack(path: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

function seedRegister(): void {
  services.projects.importMany([
    sampleProject({ stage: 'declared', mlpsLevel: 3, description: '覆盖全县中小学' }),
    sampleProject({
      name: '淅川县医疗保障信息平台升级项目', unitName: '淅川县医疗保障局', contactPhone: '13800000000', projectClass: 'service', kind: 'upgrade', plannedYear: 2025,
      totalInvestmentFen: 12_340_000, funding: { superior: 0, localFiscal: 10_000, selfRaised: 12_330_000, social: 0, other: 0 }, stage: 'construction', cryptoPlan: 'planned', dataSharing: 'catalogued',
    }),
    sampleProject({ name: '淅川县应急指挥调度系统', stage: 'operation', plannedYear: 2024, cloudDeployment: 'govCloud' }),
  ]);
}

describe('exporting the register', () => {
  it('writes the register under exports/ with the ledger headers, labels and 万元 amounts, and returns the bytes when asked', async () => {
    seedRegister();
    const file = await api.result<ExportedFile>('excel.export', { table: 'register', includeBytes: true });
    expect(file).toMatchObject({ table: 'register', fileName: '项目台账-淅川县教育局-2026-11-24.xlsx', rows: 3, savedPath: join(data.dir, 'exports', '项目台账-淅川县教育局-2026-11-24.xlsx') });
    expect(Buffer.from(file.bytesBase64!, 'base64').equals(readFileSync(file.savedPath))).toBe(true);
    expect(file.size).toBe(readFileSync(file.savedPath).length);

    const rows = await readBack(file.savedPath);
    expect(rows[0]).toEqual(REGISTER_COLUMNS.map((column) => column.header));
    expect(rows[0]!.slice(0, 8)).toEqual(['项目名称', '建设单位', '项目负责人', '联系电话', '项目类别', '建设性质', '项目来源', '总投资（万元）']);
    expect(rows).toHaveLength(4);
    const header = rows[0] as string[];
    const cell = (row: number, name: string) => rows[row]![header.indexOf(name)];
    expect(cell(1, '项目名称')).toBe('淅川县智慧教育云平台建设项目');
    expect(cell(1, '总投资（万元）')).toBe(380);
    expect(cell(1, '项目阶段')).toBe('已申报');
    expect(cell(1, '等保级别')).toBe('第三级');
    expect(cell(2, '总投资（万元）')).toBe(12.34);
    expect(cell(2, '本级财政资金（万元）')).toBe(0.01);
    expect(cell(2, '项目类别')).toBe('政府购买服务类');
    expect(cell(2, '密码应用情况')).toBe('已编制密码应用方案');
    expect(cell(2, '联系电话')).toBe('13800000000');
    expect(cell(3, '部署方式')).toBe('部署于政务云');

    // A second export the same day does not overwrite the first; the bytes are left out unless asked.
    const second = await api.result<ExportedFile>('excel.export', { table: 'register' });
    expect(second.fileName).toBe('项目台账-淅川县教育局-2026-11-24(2).xlsx');
    expect(second.bytesBase64).toBeNull();
    expect(readdirSync(join(data.dir, 'exports')).sort()).toEqual([file.fileName, second.fileName].sort());
  });

  it('imports again into another office unchanged (round trip through the ledger mapping)', async () => {
    seedRegister();
    const file = await api.result<ExportedFile>('excel.export', { table: 'register' });
    const original = services.projects.list({ search: '', stages: [], plannedYear: null, unitName: null, projectClass: null, kind: null, minFen: null, maxFen: null, sortBy: 'name', sortDir: 'asc', page: 1, pageSize: 10 }).rows;

    const other = tempDataDir();
    const receiving = await openServices(other.dir, fixedClock('2026-11-25T02:00:00Z'));
    try {
      receiving.office.completeSetup({ ...testOffice, role: 'reviewOffice', name: '淅川县行政审批和政务信息管理局' });
      const otherApi = contractOf(receiving);
      const preview = await otherApi.result<LedgerPreview>('excel.previewLedger', fileInput(file.savedPath));
      // Every exported register column the ledger knows is guessed, and only those.
      expect(preview.mapping.map((pick) => preview.columns[pick.column - 1]!.header)).toEqual(REGISTER_COLUMNS.map((column) => column.header).filter((header) => !['登记时间', '最后修改时间', '版本'].includes(header)));
      const result = await otherApi.result<LedgerImportResult>('excel.importLedger', { ledgerId: preview.ledgerId, sheet: preview.sheet, headerRow: preview.headerRow, mapping: preview.mapping });
      expect(result.imported).toBe(3);
      const copied = receiving.projects.list({ search: '', stages: [], plannedYear: null, unitName: null, projectClass: null, kind: null, minFen: null, maxFen: null, sortBy: 'name', sortDir: 'asc', page: 1, pageSize: 10 }).rows;
      const fields = (project: (typeof original)[number]) => {
        const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, version: _version, ...rest } = project;
        return rest;
      };
      expect(copied.map(fields)).toEqual(original.map(fields));
    } finally {
      receiving.close();
      other.cleanup();
    }
  });
});

describe('exporting findings, deadlines and the systems inventory', () => {
  it('writes the stored findings, with severity, article and due date', async () => {
    seedRegister();
    await services.compliance.recheckAll();
    const findings = services.compliance.officeFindings({ severity: null, page: 1, pageSize: 500 });
    expect(findings.total).toBeGreaterThan(0);
    const file = await api.result<ExportedFile>('excel.export', { table: 'findings' });
    expect(file.fileName).toBe('合规问题-淅川县教育局-2026-11-24.xlsx');
    const rows = await readBack(file.savedPath);
    expect(rows[0]).toEqual(['序号', '项目名称', '建设单位', '严重程度', '问题', '处理建议', '依据', '期限']);
    expect(rows).toHaveLength(findings.total + 1);
    const first = findings.rows[0]!;
    expect(rows[1]!.slice(0, 7)).toEqual([1, first.projectName, first.unitName, { blocking: '阻断', warning: '警示', info: '提示' }[first.severity], first.message, first.action, expect.stringMatching(/^淅川县政务信息化项目建设管理暂行办法 第[一二三四五六七八九十]+条$/)]);
    expect(rows.slice(1).map((row) => row[4])).toEqual(findings.rows.map((row) => row.message));
  });

  it('writes every finding with a due date, overdue first, with its state on the day', async () => {
    seedRegister();
    await services.compliance.recheckAll();
    const deadlines = services.compliance.officeDeadlines({ withinDays: 36_500, limit: 1_000 });
    const expected = [...deadlines.overdue, ...deadlines.upcoming];
    expect(expected.length).toBeGreaterThan(0);
    const file = await api.result<ExportedFile>('excel.export', { table: 'deadlines' });
    const rows = await readBack(file.savedPath);
    expect(rows[0]).toEqual(['序号', '期限', '状态（截至 2026-11-24）', '项目名称', '建设单位', '严重程度', '问题', '处理建议', '依据']);
    expect(rows.slice(1).map((row) => [row[1], row[6]])).toEqual(expected.map((finding) => [finding.dueDate, finding.message]));
    for (const row of rows.slice(1)) {
      const due = row[1] as string;
      expect(row[2]).toMatch(due < '2026-11-24' ? /^已逾期 \d+ 天$/ : due === '2026-11-24' ? /^今日到期$/ : /^还有 \d+ 天$/);
    }
  });

  it('lists the systems in operation with xichuan 第二十八条’s fields, from the inventory entry or the register', async () => {
    seedRegister();
    const operating = services.projects.list({ search: '应急指挥', stages: [], plannedYear: null, unitName: null, projectClass: null, kind: null, minFen: null, maxFen: null, sortBy: 'name', sortDir: 'asc', page: 1, pageSize: 5 }).rows[0]!;
    services.facts.setAttributes(operating.id, projectAttributesSchema.parse({}), complianceFactsSchema.parse({
      inventoryEntry: { systemName: '应急指挥调度系统', systemType: '业务应用', basis: '淅政办[2025]6号', approvalDepartment: '县行政审批和政务信息管理局', approvalDocumentNo: '淅政信〔2024〕12号', omCostFen: 15_000_000, resourceCatalogue: '已编目 12 项', performanceIndicators: '响应时间≤2秒' },
    }));
    const file = await api.result<ExportedFile>('excel.export', { table: 'inventory' });
    expect(file.rows).toBe(1);
    const rows = await readBack(file.savedPath);
    expect(rows[0]).toEqual(['序号', '系统名称', '所属项目', '建设单位', '类型', '建设依据', '审批部门和文件号', '投资额度（万元）', '运维费用（万元/年）', '经费渠道', '信息资源目录', '信息共享开放情况', '等级保护和分级保护情况', '绩效指标']);
    expect(rows[1]).toEqual([
      1, '应急指挥调度系统', '淅川县应急指挥调度系统', '淅川县教育局', '业务应用', '淅政办[2025]6号', '县行政审批和政务信息管理局；淅政信〔2024〕12号',
      380, 15, '上级资金、本级财政资金', '已编目 12 项', '未编制资源目录', '等级保护未定级', '响应时间≤2秒',
    ]);
  });

  it('leaves no file behind when the export is cancelled', async () => {
    services.projects.importMany(Array.from({ length: 3_000 }, (_, index) => sampleProject({ name: `项目${index}` })));
    const started = await api.call('excel.export', { table: 'register' });
    if (!started.ok) throw new Error(started.error.message);
    const exportJob = (started.value as { jobId: string }).jobId;
    // Cancel at once: the job first yields (setImmediate) after 1,000 rows, and this call's microtasks run before that.
    await api.call('jobs.cancel', { jobId: exportJob });
    const status = await api.job(exportJob);
    expect(status.state).toBe('cancelled');
    expect(existsSync(join(data.dir, 'exports')) ? readdirSync(join(data.dir, 'exports')) : []).toEqual([]);
  });
});
