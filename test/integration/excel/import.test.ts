import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import type { LedgerImportResult, LedgerPreview, LedgerReport } from '../../../shared/contract/excel';
import type { LedgerColumnPick } from '../../../shared/domain/ledger';
import { fixedClock } from '../../../shared/domain/time';
import { databaseDigest, openServices, sampleProject, tempDataDir, testOffice } from '../../support/services';
import { contractOf, fileInput, value, xlsxFromCsv } from './support';

const HEADER = ['序号', '项目名称', '建设单位', '项目负责人', '联系电话', '项目类别', '建设性质', '总投资（万元）', '上级资金（万元）', '本级财政资金（万元）', '年度', '项目阶段', '等保级别', '备注'];

/** A ledger as a county keeps it: a title line above the header, a 合计 line at the bottom. */
const GOOD_LEDGER = [
  ['淅川县政务信息化项目台账（2026年）'],
  HEADER,
  ['1', '淅川县智慧教育云平台建设项目', '淅川县教育局', '李强', '0377-69230000', '政府投资建设类', '新建', '380.5', '200', '180.5', '2026', '已申报', '三级', '覆盖全县中小学'],
  ['2', '淅川县医疗保障信息平台升级项目', '淅川县医疗保障局', '王芳', '13800000000', '购买服务类', '改造升级', '1,234.56', '0', '1234.56', '2025年', '在建', '第二级', ''],
  ['3', '淅川县应急指挥调度系统运维项目', '淅川县应急管理局', '赵伟', '0377-69231234', '政府购买服务类', '运维', '0.3', '0.1', '0.2', '2026年度', '运行维护', '未定级', '7×24 小时值守'],
  ['合计', '', '', '', '', '', '', '1615.36', '200.1', '1415.26', '', '', '', ''],
];

let work: ReturnType<typeof tempDataDir>;
let goodFile: string;
let badFile: string;

beforeAll(() => {
  work = tempDataDir();
  goodFile = xlsxFromCsv(work.dir, '项目台账', GOOD_LEDGER);
  badFile = xlsxFromCsv(work.dir, '有错的台账', [
    HEADER,
    ['1', '', '淅川县教育局', '李强', '0377-69230000', '', '', '100', '100', '0', '2026', '', '', ''],
    ['2', '淅川县某某系统', '淅川县教育局', '李强', '0377-69230000', '', '', '三百万', '', '', '2026', '', '', ''],
    ['3', '淅川县数据共享平台', '淅川县教育局', '李强', '0377-69230000', '', '', '100', '100', '0', '1999', '', '', ''],
    ['4', '淅川县政务外网改造', '淅川县教育局', '李强', '0377-69230000', '', '', '100', '100', '0', '2026', '进行中', '', ''],
    ['5', '淅川县不动产登记系统', '淅川县教育局', '李强', '0377-69230000', '', '', '100', '60', '0', '2026', '', '', ''],
    ['6', '淅川县智慧农业平台', '淅川县教育局', '李强', '0377-69230000', '', '', '100', '100', '0', '2026', '', '', ''],
    ['7', '淅川县智慧农业平台', '淅川县教育局', '李强', '0377-69230000', '', '', '100', '100', '0', '2026', '', '', ''],
    ['8', '淅川县水利监测系统', '淅川县教育局', '李强', '0377-69230000', '', '', '12.345', '12.345', '0', '2026', '', '', ''],
  ]);
});
afterAll(() => work.cleanup());

let data: ReturnType<typeof tempDataDir>;
let services: Services;
let api: ReturnType<typeof contractOf>;

beforeEach(async () => {
  data = tempDataDir();
  services = await openServices(data.dir, fixedClock('2026-11-24T02:00:00Z'));
  services.office.completeSetup({ ...testOffice, role: 'reviewOffice', name: '淅川县行政审批和政务信息管理局' });
  api = contractOf(services);
});
afterEach(() => {
  services.close();
  data.cleanup();
});

const columnOf = (preview: LedgerPreview, header: string) => preview.columns.find((column) => column.header === header)!.column;

describe('importing a ledger made by LibreOffice Calc from CSV', () => {
  it('finds the header under the title, guesses the columns from their words and shows the first values', async () => {
    const preview = await api.result<LedgerPreview>('excel.previewLedger', fileInput(goodFile));
    expect(preview.fileName).toBe('项目台账.xlsx');
    expect(preview.sheets).toHaveLength(1);
    expect(preview.headerRow).toBe(2);
    expect(preview.dataRows).toBe(4);
    expect(preview.columns.map((column) => column.letter)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N']);
    expect(preview.columns[1]).toMatchObject({ header: '项目名称', samples: ['淅川县智慧教育云平台建设项目', '淅川县医疗保障信息平台升级项目', '淅川县应急指挥调度系统运维项目'] });
    const guessed = Object.fromEntries(preview.mapping.map((pick) => [pick.field, pick.column]));
    expect(guessed).toEqual({
      name: 2, unitName: 3, contactPerson: 4, contactPhone: 5, projectClass: 6, kind: 7,
      totalInvestmentFen: 8, 'funding.superior': 9, 'funding.localFiscal': 10, plannedYear: 11, stage: 12, mlpsLevel: 13, description: 14,
    });
    // 序号 fills nothing.
    expect(preview.mapping.some((pick) => pick.column === 1)).toBe(false);
    expect(preview.defaults).toContainEqual({ field: 'cloudDeployment', text: '尚未确定' });
  });

  it('reports every row fit, skips the 合计 line, and imports the rows exactly (万元 with decimals to fen, years as text)', async () => {
    const preview = await api.result<LedgerPreview>('excel.previewLedger', fileInput(goodFile));
    const selection = { ledgerId: preview.ledgerId, sheet: preview.sheet, headerRow: preview.headerRow, mapping: preview.mapping };
    const before = databaseDigest(services);
    const report = await api.result<LedgerReport>('excel.validateLedger', selection);
    expect(databaseDigest(services)).toBe(before);
    expect(report).toMatchObject({ ready: true, rows: 3, valid: 3, badRows: [], issues: [], mappingIssues: [] });
    expect(report.skipped).toEqual([{ row: 6, reason: '“合计”行，不是项目' }]);
    expect(report.sample.map((entry) => entry.row)).toEqual([3, 4, 5]);

    const result = await api.result<LedgerImportResult>('excel.importLedger', selection);
    expect(result.imported).toBe(3);
    expect(result.recheck?.checked).toBe(3);

    const byName = (name: string) => services.projects.list({ search: name, stages: [], plannedYear: null, unitName: null, projectClass: null, kind: null, minFen: null, maxFen: null, sortBy: 'name', sortDir: 'asc', page: 1, pageSize: 5 }).rows[0]!;
    expect(byName('智慧教育云平台')).toMatchObject({
      name: '淅川县智慧教育云平台建设项目', unitName: '淅川县教育局', contactPerson: '李强', contactPhone: '0377-69230000',
      projectClass: 'investment', kind: 'new', source: 'unit', totalInvestmentFen: 380_500_000,
      funding: { superior: 200_000_000, localFiscal: 180_500_000, selfRaised: 0, social: 0, other: 0 },
      plannedYear: 2026, stage: 'declared', mlpsLevel: 3, cloudDeployment: 'undecided', cryptoPlan: 'none', dataSharing: 'none', description: '覆盖全县中小学',
    });
    expect(byName('医疗保障信息平台')).toMatchObject({
      contactPhone: '13800000000', projectClass: 'service', kind: 'upgrade', totalInvestmentFen: 1_234_560_000,
      funding: { superior: 0, localFiscal: 1_234_560_000 }, plannedYear: 2025, stage: 'construction', mlpsLevel: 2, description: '',
    });
    // 0.1 + 0.2 万元: exact in fen.
    expect(byName('应急指挥调度')).toMatchObject({ totalInvestmentFen: 300_000, funding: { superior: 100_000, localFiscal: 200_000 }, kind: 'om', stage: 'operation', mlpsLevel: 0, plannedYear: 2026 });
    expect(services.projects.history(byName('智慧教育云平台').id)[0]).toMatchObject({ action: 'import', actor: testOffice.operator });

    // The ledger is used up: importing it again is refused, and nothing more is written.
    const again = await api.call('excel.importLedger', selection);
    expect(!again.ok && again.error.message).toBe('该台账文件已过期或已导入：请重新选择文件。');
    expect(services.projects.count()).toBe(3);
  });

  it('lists the bad rows by their sheet numbers, column and reason, and imports nothing', async () => {
    const preview = await api.result<LedgerPreview>('excel.previewLedger', fileInput(badFile));
    expect(preview.headerRow).toBe(1);
    const selection = { ledgerId: preview.ledgerId, sheet: preview.sheet, headerRow: preview.headerRow, mapping: preview.mapping };
    const before = databaseDigest(services);

    const report = await api.result<LedgerReport>('excel.validateLedger', selection);
    expect(report.ready).toBe(false);
    expect(report.rows).toBe(8);
    expect(report.valid).toBe(1);
    expect(report.badRows).toEqual([2, 3, 4, 5, 6, 8, 9]);
    const at = (row: number) => report.issues.filter((issue) => issue.row === row).map(({ column, message }) => ({ column, message }));
    expect(at(2)).toEqual([{ column: 'B', message: '项目名称为必填项' }]);
    expect(at(3)).toEqual([{ column: 'H', message: '总投资必须是数字（单位：万元；也可写“386万元”“3,860,000元”）' }]);
    expect(at(4)).toEqual([{ column: 'K', message: '计划年度不能早于 2000 年' }]);
    expect(at(5)[0]).toMatchObject({ column: 'L' });
    expect(at(5)[0]!.message).toMatch(/^项目阶段“进行中”无法识别，可填：编制中、已申报、/);
    expect(at(6)).toEqual([{ column: null, message: '资金来源合计 60.00 万元与总投资 100.00 万元不一致' }]);
    expect(at(8)).toEqual([{ column: 'B', message: '与第 7 行重复（项目名称、建设单位、计划年度都相同）' }]);
    expect(at(9)).toEqual([
      { column: 'H', message: '总投资最多保留两位小数（万元，即精确到百元）' },
      { column: 'I', message: '上级资金最多保留两位小数（万元，即精确到百元）' },
    ]);
    expect(report.issues.find((issue) => issue.row === 3)?.value).toBe('三百万');

    const refused = await api.run('excel.importLedger', selection);
    expect(refused.state).toBe('failed');
    expect(refused.error).toEqual({ code: 'validation', message: '台账中有 7 行不符合要求（第 2、3、4、5、6、8、9 行），未导入任何项目。请修改后重新导入。' });
    expect(databaseDigest(services)).toBe(before);
    expect(services.projects.count()).toBe(0);
  });

  it('imports a county ledger with no contact columns and its everyday words (已完成, 运行中, 拟建, 运维类, 上级转移支付)', async () => {
    const file = xlsxFromCsv(work.dir, '无联系人台账', [
      ['某县政务信息化项目台账'],
      ['序号', '项目名称', '建设单位', '项目类别', '建设性质', '总投资（万元）', '资金来源', '年度', '项目状态'],
      ['1', '某县政务服务平台', '某县政务服务中心', '建设类', '新建', '120', '上级转移支付', '2024', '已完成'],
      ['2', '某县视频会议系统运维', '某县机关事务中心', '服务类', '运维类', '8', '自筹', '2026', '运行中'],
      ['3', '某县城市大脑', '某县大数据中心', '投资建设类', '新建', '900', '中央资金', '2027', '拟建'],
    ]);
    const preview = await api.result<LedgerPreview>('excel.previewLedger', fileInput(file));
    expect(preview.mapping.some((pick) => pick.field === 'contactPerson' || pick.field === 'contactPhone')).toBe(false);
    expect(preview.defaults).toContainEqual({ field: 'contactPerson', text: '（空，待补充）' });
    const selection = { ledgerId: preview.ledgerId, sheet: preview.sheet, headerRow: preview.headerRow, mapping: preview.mapping };
    const report = await api.result<LedgerReport>('excel.validateLedger', selection);
    expect(report).toMatchObject({ ready: true, valid: 3, badRows: [], issues: [], mappingIssues: [] });
    const result = await api.result<LedgerImportResult>('excel.importLedger', selection);
    expect(result.imported).toBe(3);
    const rows = services.projects.list({ search: '某县', stages: [], plannedYear: null, unitName: null, projectClass: null, kind: null, minFen: null, maxFen: null, sortBy: 'name', sortDir: 'asc', page: 1, pageSize: 5 }).rows;
    const byName = Object.fromEntries(rows.map((row) => [row.name, row]));
    expect(byName['某县政务服务平台']).toMatchObject({ contactPerson: '', contactPhone: '', stage: 'operation', funding: { superior: 120 * 1_000_000 } });
    expect(byName['某县视频会议系统运维']).toMatchObject({ kind: 'om', projectClass: 'service', stage: 'operation', funding: { selfRaised: 8 * 1_000_000 } });
    expect(byName['某县城市大脑']).toMatchObject({ stage: 'draft', funding: { superior: 900 * 1_000_000 } });
  });

  it('refuses a mapping that leaves a required field without a column, or reads 元 as 万元', async () => {
    const preview = await api.result<LedgerPreview>('excel.previewLedger', fileInput(goodFile));
    const withoutName: LedgerColumnPick[] = preview.mapping.filter((pick) => pick.field !== 'name');
    const selection = { ledgerId: preview.ledgerId, sheet: preview.sheet, headerRow: preview.headerRow, mapping: withoutName };
    const report = await api.result<LedgerReport>('excel.validateLedger', selection);
    expect(report.mappingIssues).toEqual([{ field: 'name', message: '必填栏目“项目名称”还没有对应的列' }]);
    // The rows themselves are fine otherwise: no row is blamed for the missing column.
    expect(report.badRows).toEqual([]);
    expect(report.ready).toBe(false);
    const before = databaseDigest(services);
    const refused = await api.run('excel.importLedger', selection);
    expect(refused.error?.message).toBe('栏目对应有误：必填栏目“项目名称”还没有对应的列。未导入任何项目。');
    expect(databaseDigest(services)).toBe(before);

    const yuan = xlsxFromCsv(work.dir, '以元为单位', [
      ['项目名称', '建设单位', '项目负责人', '联系电话', '总投资（元）', '年度'],
      ['淅川县智慧教育云平台建设项目', '淅川县教育局', '李强', '0377-69230000', '3805000', '2026'],
    ]);
    const yuanPreview = await api.result<LedgerPreview>('excel.previewLedger', fileInput(yuan));
    // Guessed by its words, and then refused by its unit: read as 万元 it would be ten thousand times too much.
    expect(yuanPreview.mapping).toContainEqual({ field: 'totalInvestmentFen', column: columnOf(yuanPreview, '总投资（元）') });
    const yuanReport = await api.result<LedgerReport>('excel.validateLedger', { ledgerId: yuanPreview.ledgerId, sheet: yuanPreview.sheet, headerRow: 1, mapping: yuanPreview.mapping });
    expect(yuanReport.mappingIssues).toEqual([{ field: 'totalInvestmentFen', message: 'E 列“总投资（元）”以元为单位；本系统按万元导入，请先在表格中换算为万元' }]);
  });

  it('refuses the whole import when a row’s project is registered elsewhere between the check and the write', async () => {
    const preview = await api.result<LedgerPreview>('excel.previewLedger', fileInput(goodFile));
    const started = value<{ jobId: string }>(await api.call('excel.importLedger', { ledgerId: preview.ledgerId, sheet: preview.sheet, headerRow: 2, mapping: preview.mapping }));
    // The job has taken its look at the register; another window registers row 4's project now.
    services.projects.create(sampleProject({ name: '淅川县医疗保障信息平台升级项目', unitName: '淅川县医疗保障局', plannedYear: 2025 }));
    const status = await api.job(started.jobId);
    expect(status.error).toEqual({ code: 'conflict', message: '第 4 行的项目刚刚已在登记簿中登记，未导入任何项目。请重新校验。' });
    expect(services.projects.count()).toBe(1);
  });

  it('refuses rows already in the register (same name, unit and year)', async () => {
    services.projects.create(sampleProject({ name: '淅川县智慧教育云平台建设项目', unitName: '淅川县教育局', plannedYear: 2026 }));
    const preview = await api.result<LedgerPreview>('excel.previewLedger', fileInput(goodFile));
    const report = await api.result<LedgerReport>('excel.validateLedger', { ledgerId: preview.ledgerId, sheet: preview.sheet, headerRow: 2, mapping: preview.mapping });
    expect(report.badRows).toEqual([3]);
    expect(report.issues[0]).toMatchObject({ row: 3, column: 'B', message: '登记簿中已有该项目（项目名称、建设单位、计划年度都相同）' });
  });

  it('lets a unit leave out its own name, and another header row be chosen', async () => {
    services.close();
    data.cleanup();
    data = tempDataDir();
    services = await openServices(data.dir, fixedClock('2026-11-24T02:00:00Z'));
    services.office.completeSetup(testOffice);
    api = contractOf(services);
    const file = xlsxFromCsv(work.dir, '本单位台账', [
      ['项目名称', '负责人', '电话', '投资额（万元）', '资金来源', '计划年度'],
      ['淅川县智慧课堂项目', '李强', '0377-69230000', '58', '财政资金', '2027'],
    ]);
    const preview = await api.result<LedgerPreview>('excel.previewLedger', fileInput(file));
    expect(preview.defaults).toContainEqual({ field: 'unitName', text: testOffice.name });
    const selection = { ledgerId: preview.ledgerId, sheet: preview.sheet, headerRow: 1, mapping: preview.mapping };
    expect(preview.mapping.find((pick) => pick.field === 'fundingChannel')?.column).toBe(5);
    const report = await api.result<LedgerReport>('excel.validateLedger', selection);
    expect(report.ready).toBe(true);
    expect(report.sample[0]!.project).toMatchObject({ unitName: testOffice.name, totalInvestmentFen: 58_000_000, funding: { localFiscal: 58_000_000, other: 0 }, plannedYear: 2027 });

    // Choosing row 2 as the header leaves nothing below it to import.
    const other = value<LedgerPreview>(await api.call('excel.ledgerSheet', { ledgerId: preview.ledgerId, sheet: preview.sheet, headerRow: 2 }));
    expect(other.columns[0]).toMatchObject({ header: '淅川县智慧课堂项目', samples: [] });
    expect(other.dataRows).toBe(0);
  });

  it('refuses a file that is not an .xlsx workbook, and one over 20 MB, before reading it; forgets a discarded one', async () => {
    const csv = await api.run('excel.previewLedger', { fileName: '台账.csv', bytesBase64: Buffer.from('项目名称,建设单位\n').toString('base64') });
    expect(csv.error?.message).toBe('“台账.csv”不是 .xlsx 工作簿：请在 WPS 或 Excel 中“另存为” .xlsx 格式后再导入。');
    const xls = await api.run('excel.previewLedger', { fileName: '台账.xls', bytesBase64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).toString('base64') });
    expect(xls.error?.message).toContain('是旧版 .xls');
    const huge = await api.call('excel.previewLedger', { fileName: '大.xlsx', bytesBase64: 'A'.repeat(28_000_000) });
    expect(huge.ok).toBe(false);
    expect(!huge.ok && huge.error.message).toBe('文件超过 20 MB：请删去无关的工作表，或拆成几个文件分别导入。');
    const read = await api.result<LedgerPreview>('excel.previewLedger', fileInput(goodFile));
    value(await api.call('excel.discardLedger', { ledgerId: read.ledgerId }));
    const gone = await api.call('excel.ledgerSheet', { ledgerId: read.ledgerId, sheet: read.sheet });
    expect(!gone.ok && gone.error.message).toBe('该台账文件已过期或已导入：请重新选择文件。');
    const broken = await api.run('excel.previewLedger', { fileName: '坏.xlsx', bytesBase64: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]).toString('base64') });
    expect(broken.state).toBe('failed');
    expect(broken.error?.message).toMatch(/^无法读取“坏.xlsx”：文件已损坏/);
  });
});
