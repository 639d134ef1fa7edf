/**
 * 项目验收报告 (laohekou-2024 第二十四条, 附件3): "由项目建设单位向市财政局、市城市运行
 * 管理中心报送签字盖章的项目验收报告". 第二十二条 names who takes part (验收专家组;
 * 建设、监理、承建、使用单位的代表) and 第二十三条 what is checked; xichuan-2025
 * 第十八条 lists the materials.
 */
import type { Content } from 'pdfmake/interfaces';
import { FORM_CATALOGUE } from '../../../../shared/domain/forms';
import { lastEvent } from '../data';
import { attachmentMark, basisNote, chineseDate, filingLine, grid, heading, label, mm, signatureBoxes, SIZE, spanning, title, value, wanYuan, type Cell } from '../layout';
import { formRow as row, tick } from './common';
import { acceptanceConditions, materialTicks, milestones } from './acceptance';
import { subjectOf, type FormModule } from './form';

const entry = FORM_CATALOGUE['acceptance-report'];
const EXPERT_ROWS = 5;

export const acceptanceReport: FormModule = {
  entry,
  orientation: 'portrait',
  build(data) {
    const bundle = subjectOf(data);
    const { project } = bundle;
    const dates = milestones(bundle);
    const passed = lastEvent(bundle, 'finalAcceptancePassed');
    const failed = lastEvent(bundle, 'finalAcceptanceFailed');
    const outcome = passed && (!failed || failed.date <= passed.date) ? 'passed' : failed ? 'failed' : null;
    const facts: Cell[][] = [
      row('项目名称', project.name),
      row('建设单位', project.unitName, '总投资（万元）', wanYuan(project.totalInvestmentFen)),
      row('开工日期', dates.started, '建成日期', dates.completed),
      row('初步验收', dates.preliminary, '试运行开始', dates.trialRun),
      row('验收日期', chineseDate((passed ?? failed)?.date), '组织单位', '市财政局、市城市运行管理中心'),
      [label('验收内容'), ...spanning(value(acceptanceConditions(bundle), { fontSize: SIZE.xiaoWu }), 3)],
      [label('验收材料'), ...spanning(value(materialTicks(bundle), { fontSize: SIZE.xiaoWu }), 3)],
      row('验收结论', `${tick(outcome === 'passed', '通过验收')}\u3000\u3000${tick(outcome === 'failed', '未通过验收，限期整改')}`),
    ];
    const experts: Cell[][] = [
      ['序号', '姓名', '工作单位', '职称/职务', '签字'].map((caption) => label(caption, { bold: true })),
      ...Array.from({ length: EXPERT_ROWS }, (_, index) => [label(String(index + 1)), value(''), value(''), value(''), value('')]),
    ];
    const representatives: Cell[][] = [
      ['建设单位代表', '监理单位代表', '承建单位代表', '使用单位代表'].map((caption) => label(caption, { bold: true })),
      [value(' '), value(' '), value(' '), value(' ')],
    ];
    const basis = basisNote(entry.basis);
    const content: Content[] = [
      attachmentMark(3),
      ...title(entry.title),
      filingLine('建设单位', data.header.office.name, data.header.day, '报送日期'),
      grid(facts, { widths: [mm(24), '*', mm(26), '*'], fontSize: SIZE.wu }),
      heading('验收专家组'),
      grid(experts, { widths: [mm(10), mm(24), '*', mm(26), mm(26)], fontSize: SIZE.wu, headerRows: 1, heights: (rowIndex) => (rowIndex === 0 ? 'auto' : mm(8)) }),
      heading('参加验收的单位代表（签字）'),
      grid(representatives, { widths: ['*', '*', '*', '*'], fontSize: SIZE.wu, heights: (rowIndex) => (rowIndex === 0 ? 'auto' : mm(12)) }),
      ...(basis ? [basis] : []),
      signatureBoxes(data.header.office.name, data.header.day, SIZE.wu),
    ];
    return content;
  },
};
