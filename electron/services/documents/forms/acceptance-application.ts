/**
 * 竣工验收申请表: the unit asks for acceptance, with the conditions and
 * materials its regulation lists (the profile's checklists and materials) as
 * recorded, the body it applies to, and that body's opinion rows.
 * chenzhou-2022 第十六条 (to 技术支持组), heze-2021 第二十三条 (竣工验收申请报告 to
 * 市大数据局), xunyang-2022 第十九条 (to 区数字办) define it; the others get the
 * plain form with their own articles.
 */
import { lastEvent } from '../data';
import { attachmentMark, basisNote, filingLine, grid, label, mm, note, signatureBoxes, SIZE, spanning, title, value, wanYuan, type Cell } from '../layout';
import { formRow as row } from './common';
import { milestones } from './acceptance';
import { bodyList, checklistRows, materialRows, opinionRows } from './checks';
import { subjectOf, type FormModule } from './form';

export const acceptanceApplication: FormModule = {
  orientation: 'portrait',
  build(data) {
    const { form } = data;
    const bundle = subjectOf(data);
    const { project } = bundle;
    const dates = milestones(bundle);
    const contract = lastEvent(bundle, 'contractSigned');
    const body: Cell[][] = [
      row('项目名称', project.name),
      row('建设单位', project.unitName, '项目负责人', project.contactPerson),
      row('总投资（万元）', wanYuan(project.totalInvestmentFen), '合同金额（万元）', wanYuan(contract?.amountFen)),
      row('开工日期', dates.started, '建成日期', dates.completed),
      row('初步验收', dates.preliminary, '试运行开始', dates.trialRun),
      ...(form.addressees.length > 0 ? [row('申请受理单位', bodyList(form.addressees))] : []),
      ...(form.participants.length > 0 ? [[label('参与验收部门'), ...spanning(value(bodyList(form.participants)), 3)]] : []),
      ...checklistRows(bundle, form),
      ...materialRows(bundle, form),
      ...opinionRows(form),
    ];
    const basis = basisNote(form.basis);
    return [
      ...(form.attachment !== null ? [attachmentMark(form.attachment)] : []),
      ...title(form.title),
      filingLine('申请单位', data.header.office.name, data.header.day, '申请日期'),
      grid(body, { widths: [mm(26), '*', mm(28), '*'], fontSize: SIZE.wu }),
      ...form.notes.map(note),
      ...(basis ? [basis] : []),
      signatureBoxes(data.header.office.name, data.header.day, SIZE.wu),
    ];
  },
};
