/**
 * 项目合规检查报告: the project's stored findings, most serious first, each
 * with its action, its due date and the words of the article it comes from.
 * The app's own report; no regulation prescribes its layout.
 */
import type { Content } from 'pdfmake/interfaces';
import { LIFECYCLE_STAGE_LABELS } from '../../../../shared/domain/enums';
import { articleLabel, findArticle, REGULATION_TEXTS } from '../../../../shared/rules/articles';
import { SEVERITIES, SEVERITY_LABELS, type Finding } from '../../../../shared/rules/framework/finding';
import {
  chineseDate,
  fieldTable,
  filingLine,
  grid,
  heading,
  label,
  mm,
  note,
  signatureBoxes,
  SIZE,
  spanning,
  title,
  value,
  wanYuan,
  type Cell,
} from '../layout';
import { subjectOf, type FormModule } from './form';

const rank = (finding: Finding): number => SEVERITIES.indexOf(finding.severity);

/** Blocking first, then by due date (none last), then as stored. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => rank(a.finding) - rank(b.finding) || (a.finding.dueDate ?? '9999').localeCompare(b.finding.dueDate ?? '9999') || a.index - b.index)
    .map(({ finding }) => finding);
}

/** 《淅川县…办法》第十七条：“…” — the article's words, as the finding's authority. */
export function citationText(finding: Pick<Finding, 'regulation' | 'article'>): string {
  const article = findArticle(finding.regulation, finding.article);
  const where = `《${REGULATION_TEXTS[finding.regulation].title}》${articleLabel(finding.article)}`;
  return article ? `${where}：“${article.text.replace(/\n/g, ' ')}”` : `${where}（条文未收录）`;
}

function findingRows(finding: Finding, index: number): Cell[][] {
  return [
    [
      // No vertical centring on a row-spanning cell: pdfmake 0.3 then draws it below the table.
      { text: String(index + 1), alignment: 'center', rowSpan: 2 } as Cell,
      label(SEVERITY_LABELS[finding.severity], { bold: finding.severity === 'blocking' }),
      value(finding.message),
      value(finding.action),
      label(finding.dueDate ? chineseDate(finding.dueDate) : '—'),
    ],
    [{} as Cell, label('依据', { fontSize: SIZE.xiaoWu }), ...spanning(value(citationText(finding), { fontSize: SIZE.xiaoWu, lineHeight: 1.25 }), 3)],
  ];
}

function summary(findings: readonly Finding[]): string {
  if (findings.length === 0) return '未发现问题';
  const counts = SEVERITIES.map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const);
  return counts
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${SEVERITY_LABELS[severity]} ${count} 项`)
    .join('，');
}

export const complianceReport: FormModule = {
  orientation: 'portrait',
  build(data) {
    const bundle = subjectOf(data);
    const { project } = bundle;
    const { regulation } = data.header;
    const findings = orderFindings(bundle.findings);
    const body: Cell[][] = [
      [label('序号', { bold: true }), label('等级', { bold: true }), label('问题', { bold: true }), label('整改要求', { bold: true }), label('期限', { bold: true })],
      ...findings.flatMap(findingRows),
    ];
    if (findings.length === 0) body.push(spanning(label('经检查，未发现不符合规定的情形。'), 5));
    const content: Content[] = [
      ...title(data.form.title, `依据《${regulation.title}》${regulation.documentNumber ? `（${regulation.documentNumber}）` : ''}`),
      ...(data.header.notice ? [note(`注意：${data.header.notice}`)] : []),
      filingLine('检查单位', data.header.office.name, data.header.day, '检查日期'),
      fieldTable(
        [
          ['项目名称', project.name],
          ['建设单位', project.unitName, '项目阶段', LIFECYCLE_STAGE_LABELS[project.stage]],
          ['总投资（万元）', wanYuan(project.totalInvestmentFen), '计划年度', `${project.plannedYear}年`],
          ['检查结论', summary(findings)],
        ],
        SIZE.xiaoSi,
      ),
      heading('一、检查发现的问题及整改要求'),
      grid(body, { widths: [mm(9), mm(13), '*', '*', mm(24)], headerRows: 1, fontSize: SIZE.wu }),
      note('说明：“阻断”指办法禁止的情形或须先解决方可进入下一环节的事项；“警示”指应当履行而尚未履行或已逾期的义务；“提示”指临近的期限或需注意的事项。检查以检查日期（北京时间）的登记信息为准。'),
      signatureBoxes(data.header.office.name, data.header.day),
    ];
    return content;
  },
};
