/**
 * 项目验收报告: who organised the acceptance and who took part, what was
 * checked (the profile's checklists), the materials, the experts and the
 * conclusion. laohekou-2024 第二十四条 (附件3, to 市财政局、市城市运行管理中心),
 * chenzhou-2022 第十七条 and heze-2021 第二十三条 (filed with the review office)
 * define it; the others get the plain form with their own articles.
 */
import type { Content } from 'pdfmake/interfaces';
import { lastEvent } from '../data';
import { attachmentMark, basisNote, chineseDate, filingLine, grid, heading, label, mm, note, signatureBoxes, SIZE, spanning, title, value, wanYuan, type Cell } from '../layout';
import { formRow as row, tick } from './common';
import { milestones } from './acceptance';
import { bodyList, checklistRows, materialRows } from './checks';
import { subjectOf, type FormModule } from './form';

const EXPERT_ROWS = 5;
/** The parties who sign when the regulation names none. */
const PARTIES = ['建设单位', '监理单位', '承建单位', '使用单位'];

export const acceptanceReport: FormModule = {
  orientation: 'portrait',
  build(data) {
    const { form } = data;
    const bundle = subjectOf(data);
    const { project } = bundle;
    const dates = milestones(bundle);
    const passed = lastEvent(bundle, 'finalAcceptancePassed');
    const failed = lastEvent(bundle, 'finalAcceptanceFailed');
    const outcome = passed && (!failed || failed.date <= passed.date) ? 'passed' : failed ? 'failed' : null;
    const organisers = form.organisers.length > 0 ? bodyList(form.organisers) : '';
    // Representatives of the parties (laohekou 第二十二条) sign below; other bodies named as taking part are listed here.
    const others = form.participants.filter((name) => !PARTIES.includes(name));
    const facts: Cell[][] = [
      row('项目名称', project.name),
      row('建设单位', project.unitName, '总投资（万元）', wanYuan(project.totalInvestmentFen)),
      row('开工日期', dates.started, '建成日期', dates.completed),
      row('初步验收', dates.preliminary, '试运行开始', dates.trialRun),
      row('验收日期', chineseDate((passed ?? failed)?.date), '组织单位', organisers),
      ...(others.length > 0 ? [[label('参与验收部门'), ...spanning(value(bodyList(others)), 3)]] : []),
      ...(form.addressees.length > 0 ? [row('报送单位', bodyList(form.addressees))] : []),
      ...checklistRows(bundle, form),
      ...materialRows(bundle, form),
      row('验收结论', `${tick(outcome === 'passed', '通过验收')}\u3000\u3000${tick(outcome === 'failed', '未通过验收，限期整改')}`),
    ];
    const experts: Cell[][] = [
      ['序号', '姓名', '工作单位', '职称/职务', '签字'].map((caption) => label(caption, { bold: true })),
      ...Array.from({ length: EXPERT_ROWS }, (_, index) => [label(String(index + 1)), value(''), value(''), value(''), value('')]),
    ];
    const representatives: Cell[][] = [PARTIES.map((party) => label(`${party}代表`, { bold: true })), PARTIES.map(() => value(' '))];
    const basis = basisNote(form.basis);
    const content: Content[] = [
      ...(form.attachment !== null ? [attachmentMark(form.attachment)] : []),
      ...title(form.title),
      filingLine('建设单位', data.header.office.name, data.header.day, '报送日期'),
      grid(facts, { widths: [mm(24), '*', mm(26), '*'], fontSize: SIZE.wu }),
      heading('验收专家组'),
      grid(experts, { widths: [mm(10), mm(24), '*', mm(26), mm(26)], fontSize: SIZE.wu, headerRows: 1, heights: (rowIndex) => (rowIndex === 0 ? 'auto' : mm(8)) }),
      heading('参加验收的单位代表（签字）'),
      grid(representatives, { widths: ['*', '*', '*', '*'], fontSize: SIZE.wu, heights: (rowIndex) => (rowIndex === 0 ? 'auto' : mm(12)) }),
      ...form.notes.map(note),
      ...(basis ? [basis] : []),
      signatureBoxes(data.header.office.name, data.header.day, SIZE.wu),
    ];
    return content;
  },
};
