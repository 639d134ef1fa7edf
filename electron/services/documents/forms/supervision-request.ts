/**
 * 派驻项目监理单位申请 (laohekou-2024 第十八条, 附件2): "市直各部门应当在信息化项目
 * 确定中标结果的5个工作日内,书面向市城市运行管理中心提交派驻项目监理单位的申请". The
 * attachment's layout is not in our text; this is a letter to the profile's
 * addressee with a table of the facts it needs to choose a supervisor by the
 * project's field. Where the regulation only asks the unit to engage a
 * supervisor itself (the plain form), there is no letter: the table records the
 * bid, the contract and the supervision, with the regulation's requirement.
 */
import type { Content } from 'pdfmake/interfaces';
import { articleLabel, REGULATION_TEXTS } from '../../../../shared/rules/articles';
import { lastEvent } from '../data';
import { attachmentMark, basisNote, chineseDate, filingLine, grid, label, line, mm, opinionRow, paragraph, roomy, signatureBoxes, SIZE, spanning, title, wanYuan, type Cell } from '../layout';
import { bodyList, checklistRows, opinionRows } from './checks';
import { formRow as row, fundingText } from './common';
import { subjectOf, type FormModule } from './form';

export const supervisionRequest: FormModule = {
  orientation: 'portrait',
  build(data) {
    const { form } = data;
    const bundle = subjectOf(data);
    const { project, attributes } = bundle;
    const bid = lastEvent(bundle, 'bidResultDetermined');
    const contract = lastEvent(bundle, 'contractSigned');
    const started = lastEvent(bundle, 'constructionStarted');
    const body: Cell[][] = [
      row('项目名称', project.name),
      row('建设单位', project.unitName, '行业领域', ''),
      row('项目负责人', project.contactPerson, '联系电话', project.contactPhone),
      row('总投资（万元）', wanYuan(project.totalInvestmentFen), '合同金额（万元）', wanYuan(contract?.amountFen)),
      row('资金来源', fundingText(project)),
      row('确定中标结果日期', chineseDate(bid?.date), '中标（承建）单位', ''),
      row('计划开工日期', chineseDate(started?.date), '计划建成日期', chineseDate(attributes.plannedCompletionDate)),
      [label('主要建设内容'), ...spanning(roomy(project.description, mm(14)), 3)],
      ...(form.addressees.length === 0 ? [row('监理单位', '', '监理合同日期', ''), ...checklistRows(bundle, form)] : checklistRows(bundle, form)),
      ...(form.opinions.length > 0 ? opinionRows(form) : form.addressees.length > 0 ? [opinionRow(`${bodyList(form.addressees)}意见`, '', '（盖章）', mm(16))] : []),
    ];
    const prescribing = form.basis.find((basis) => basis.relation === 'prescribes');
    const letter: Content[] =
      form.addressees.length > 0
        ? [
            line(`${bodyList(form.addressees)}：`),
            paragraph(
              `我单位“${project.name}”${bid ? `已于${chineseDate(bid.date)}确定中标结果` : '已确定中标结果'}。${
                prescribing ? `根据《${REGULATION_TEXTS[prescribing.regulation].title}》${articleLabel(prescribing.article)}，` : ''
              }现申请派驻相应的监理单位，项目情况如下。`,
              SIZE.xiaoSi,
            ),
          ]
        : [];
    const basis = basisNote(form.basis);
    return [
      ...(form.attachment !== null ? [attachmentMark(form.attachment)] : []),
      ...title(form.title),
      filingLine(letter.length > 0 ? '申请单位' : '填报单位', data.header.office.name, data.header.day, letter.length > 0 ? '申请日期' : '填报日期'),
      ...letter,
      grid(body, { widths: [mm(32), '*', mm(30), '*'], fontSize: SIZE.wu }),
      ...(basis ? [basis] : []),
      signatureBoxes(data.header.office.name, data.header.day, SIZE.wu),
    ];
  },
};
