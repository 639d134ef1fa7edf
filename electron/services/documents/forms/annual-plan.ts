/**
 * 年度政务信息化项目计划汇总表, for the review office: every project planned for
 * the year, unit by unit, with its amounts and the totals. No regulation fixes
 * its layout; it serves the annual plan each one calls for (xichuan-2025 第七条
 * 编制项目年度政府投资计划, chenzhou-2022 第七条, xunyang-2022 第八条).
 */
import type { Content } from 'pdfmake/interfaces';
import { LIFECYCLE_STAGE_LABELS, PROJECT_CLASS_LABELS, PROJECT_KIND_LABELS } from '../../../../shared/domain/enums';
import { sumFen } from '../../../../shared/domain/money';
import type { Project } from '../../../../shared/domain/project';
import { basisNote, filingLine, grid, label, note, signatureBoxes, SIZE, spanning, textWidth, title, value, wanYuan, type Cell } from '../layout';
import type { FormModule } from './form';

const COLUMNS: readonly [string, number | '*'][] = [
  ['序号', 22],
  ['项目名称', '*'],
  ['建设单位', 92],
  ['项目类别', 52],
  ['建设性质', 40],
  ['项目阶段', 52],
  ['总投资（万元）', 56],
  ['其中：上级资金', 56],
  ['其中：本级财政', 56],
  ['其中：其他', 52],
];

const others = (project: Project): number => project.funding.selfRaised + project.funding.social + project.funding.other;
const money = (fen: number, bold = false): Cell => value(wanYuan(fen), { alignment: 'right', bold });

function projectCells(project: Project, index: number): Cell[] {
  return [
    label(String(index + 1)),
    value(project.name),
    value(project.unitName),
    label(PROJECT_CLASS_LABELS[project.projectClass]),
    label(PROJECT_KIND_LABELS[project.kind]),
    label(LIFECYCLE_STAGE_LABELS[project.stage]),
    money(project.totalInvestmentFen),
    money(project.funding.superior),
    money(project.funding.localFiscal),
    money(others(project)),
  ];
}

export const annualPlan: FormModule = {
  orientation: 'landscape',
  bodySize: SIZE.wu,
  build(data) {
    const projects = data.rows.map((row) => row.project);
    const year = data.year ?? Number(data.header.day.slice(0, 4));
    const total = (read: (project: Project) => number) => sumFen(projects.map(read));
    const units = new Set(projects.map((project) => project.unitName)).size;
    const body: Cell[][] = [
      COLUMNS.map(([caption]) => label(caption, { bold: true })),
      ...projects.map(projectCells),
      [
        ...spanning(label(`合计（${projects.length} 个项目，${units} 个建设单位）`, { bold: true }), 6),
        money(total((project) => project.totalInvestmentFen), true),
        money(total((project) => project.funding.superior), true),
        money(total((project) => project.funding.localFiscal), true),
        money(total(others), true),
      ],
    ];
    const content: Content[] = [
      ...title(data.form.title, `（${year}年度）`),
      filingLine('编制单位', data.header.office.name, data.header.day, '编制日期'),
      grid(body, { widths: COLUMNS.map(([, width]) => width), headerRows: 1, fontSize: SIZE.wu, total: textWidth('landscape') }),
      note('注：金额单位为万元，保留两位小数；“其他”含单位自筹、社会资本和其他资金。按项目登记的计划年度汇总。'),
      ...[basisNote(data.form.basis)].filter((block): block is Content => block !== null),
      signatureBoxes(data.header.office.name, data.header.day, SIZE.wu, textWidth('landscape')),
    ];
    return content;
  },
};
