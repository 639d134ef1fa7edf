/**
 * 派驻项目监理单位申请 (laohekou-2024 第十八条, 附件2): "市直各部门应当在信息化项目
 * 确定中标结果的5个工作日内,书面向市城市运行管理中心提交派驻项目监理单位的申请". The
 * attachment's layout is not in our text; this is a letter-style table with
 * the facts the centre needs to choose a supervisor by the project's field.
 */
import { FORM_CATALOGUE } from '../../../../shared/domain/forms';
import { lastEvent } from '../data';
import { attachmentMark, basisNote, chineseDate, filingLine, grid, label, line, mm, opinionRow, paragraph, roomy, signatureBoxes, SIZE, spanning, title, wanYuan, type Cell } from '../layout';
import { formRow as row, fundingText } from './common';
import { subjectOf, type FormModule } from './form';

const entry = FORM_CATALOGUE['supervision-request'];

export const supervisionRequest: FormModule = {
  entry,
  orientation: 'portrait',
  build(data) {
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
      opinionRow('市城市运行管理中心意见', '派驻监理单位：', '（盖章）', mm(16)),
    ];
    const basis = basisNote(entry.basis);
    return [
      attachmentMark(2),
      ...title(entry.title),
      filingLine('申请单位', data.header.office.name, data.header.day, '申请日期'),
      line('市城市运行管理中心：'),
      paragraph(
        `我单位“${project.name}”${bid ? `已于${chineseDate(bid.date)}确定中标结果` : '已确定中标结果'}。根据《老河口市本级信息化和智慧城市项目管理办法》第十八条，现申请派驻相应的监理单位，项目情况如下。`,
        SIZE.xiaoSi,
      ),
      grid(body, { widths: [mm(32), '*', mm(30), '*'], fontSize: SIZE.wu }),
      ...(basis ? [basis] : []),
      signatureBoxes(data.header.office.name, data.header.day, SIZE.wu),
    ];
  },
};
