/**
 * 政务信息系统基础目录清单 (xichuan-2025 第二十八条; the plain 目录清单 elsewhere): "列明已建成投入运行的
 * 政务信息系统名称、类型、建设依据、审批部门和文件号、投资额度、运维费用、经费渠道、
 * 信息资源目录、信息共享开放情况、等级保护和分级保护情况、绩效指标等内容". One row
 * per system, from the project's inventory entry; a field the entry leaves
 * out is taken from the register where the register knows it (name,
 * investment, approval number, funding, sharing, MLPS), else left blank.
 */
import type { Content } from 'pdfmake/interfaces';
import { DATA_SHARING_LABELS } from '../../../../shared/domain/enums';
import { sumFen } from '../../../../shared/domain/money';
import type { ProjectBundle } from '../data';
import { basisNote, filingLine, grid, label, note, signatureBoxes, SIZE, spanning, textWidth, title, value, wanYuan, type Cell } from '../layout';
import { approvalDocumentNo, fundingChannels, mlpsText } from './common';
import type { FormModule } from './form';

/** The article's fields in its order, with column widths in points (the landscape 版心 is 638 pt). */
const COLUMNS: readonly [string, number | '*'][] = [
  ['序号', 20],
  ['系统名称', 62],
  ['类型', 32],
  ['建设依据', 50],
  ['审批部门和文件号', 56],
  ['投资额度（万元）', 38],
  ['运维费用（万元/年）', 38],
  ['经费渠道', 38],
  ['信息资源目录', 44],
  ['信息共享开放情况', 48],
  ['等级保护和分级保护情况', 50],
  ['绩效指标', '*'],
];

export interface InventoryLine {
  systemName: string;
  projectName: string;
  systemType: string;
  basis: string;
  approval: string;
  investmentFen: number;
  omCostFen: number | null;
  fundingChannel: string;
  resourceCatalogue: string;
  sharingStatus: string;
  protectionStatus: string;
  performanceIndicators: string;
}

export function inventoryLine(bundle: ProjectBundle): InventoryLine {
  const { project, compliance, attributes } = bundle;
  const item = compliance.inventoryEntry ?? {};
  const approval = [item.approvalDepartment, item.approvalDocumentNo ?? approvalDocumentNo(bundle)].filter(Boolean).join('\n');
  const protection = `等级保护${mlpsText(project.mlpsLevel)}${attributes.classified ? '；涉及国家秘密，按分级保护管理' : ''}`;
  return {
    systemName: item.systemName || project.name,
    projectName: project.name,
    systemType: item.systemType ?? '',
    basis: item.basis ?? '',
    approval,
    investmentFen: item.investmentFen ?? project.totalInvestmentFen,
    omCostFen: item.omCostFen ?? null,
    fundingChannel: item.fundingChannel || fundingChannels(project),
    resourceCatalogue: item.resourceCatalogue ?? '',
    sharingStatus: item.sharingStatus || DATA_SHARING_LABELS[project.dataSharing],
    protectionStatus: item.protectionStatus || protection,
    performanceIndicators: item.performanceIndicators ?? '',
  };
}

function lineCells(line: InventoryLine, index: number): Cell[] {
  const name: Cell =
    line.systemName === line.projectName
      ? value(line.systemName)
      : { stack: [line.systemName, { text: `（所属项目：${line.projectName}）`, fontSize: SIZE.xiaoWu - 1.5 }] };
  return [
    label(String(index + 1)),
    name,
    value(line.systemType),
    value(line.basis),
    value(line.approval),
    value(wanYuan(line.investmentFen), { alignment: 'right' }),
    value(wanYuan(line.omCostFen), { alignment: 'right' }),
    value(line.fundingChannel),
    value(line.resourceCatalogue),
    value(line.sharingStatus),
    value(line.protectionStatus),
    value(line.performanceIndicators),
  ];
}

export const systemInventory: FormModule = {
  orientation: 'landscape',
  bodySize: SIZE.xiaoWu,
  build(data) {
    const bundles = data.subject ? [data.subject] : data.rows;
    const lines = bundles.map(inventoryLine);
    const year = data.year ?? Number(data.header.day.slice(0, 4));
    const header = COLUMNS.map(([caption]) => label(caption, { bold: true }));
    const body: Cell[][] = [header, ...lines.map(lineCells)];
    if (lines.length === 0) body.push(spanning(label('本年度无已建成投入运行的政务信息系统。'), COLUMNS.length));
    body.push([
      ...spanning(label('合计', { bold: true }), 5),
      value(wanYuan(sumFen(lines.map((line) => line.investmentFen))), { alignment: 'right', bold: true }),
      value(wanYuan(sumFen(lines.map((line) => line.omCostFen ?? 0))), { alignment: 'right', bold: true }),
      ...spanning(value(`共 ${lines.length} 个系统`), 5),
    ]);
    const { form } = data;
    const basis = basisNote(form.basis);
    const content: Content[] = [
      ...title(form.title, `（${year}年度）`),
      filingLine('填报单位（盖章）', data.header.office.name, data.header.day),
      grid(body, { widths: COLUMNS.map(([, width]) => width), headerRows: 1, fontSize: SIZE.xiaoWu, total: textWidth('landscape') }),
      note(`注：${form.notes.join('')}系统条目未登记的栏目，按项目登记信息填列；空白栏目请据实填写。`),
      ...(basis ? [basis] : []),
      signatureBoxes(data.header.office.name, data.header.day, SIZE.wu, textWidth('landscape')),
    ];
    return content;
  },
};
