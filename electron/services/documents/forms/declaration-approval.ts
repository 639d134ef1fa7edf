/**
 * 申报审批表: the project as declared, the requirements and review points the
 * office's regulation lists (the profile's checklists), and a row for each
 * reviewing body's opinion. chenzhou-2022 附件2 (named by the regulation, not
 * printed in our text) is designed from 第六条 (declared at year end to the
 * 领导小组办公室), 第四条, 第八条 and 第九条; the other regulations get the plain
 * form with their own review points and bodies.
 */
import { CLOUD_DEPLOYMENT_LABELS, CRYPTO_PLAN_LABELS, DATA_SHARING_LABELS, PROJECT_KIND_LABELS } from '../../../../shared/domain/enums';
import { attachmentMark, basisNote, filingLine, grid, label, mm, opinionRow, roomy, signatureBoxes, SIZE, spanning, title, wanYuan, type Cell } from '../layout';
import { bodyList, checklistRows, opinionRows } from './checks';
import { formRow as row, fundingText, mlpsText } from './common';
import { subjectOf, type FormModule } from './form';

export const declarationApproval: FormModule = {
  orientation: 'portrait',
  build(data) {
    const { form } = data;
    const bundle = subjectOf(data);
    const { project } = bundle;
    const body: Cell[][] = [
      row('项目名称', project.name),
      row('项目建设单位', project.unitName, '建设性质', PROJECT_KIND_LABELS[project.kind]),
      row('项目责任人', project.contactPerson, '联系电话', project.contactPhone),
      row('申报年度', `${project.plannedYear}年度`, '总投资（万元）', wanYuan(project.totalInvestmentFen)),
      row('资金来源', fundingText(project)),
      [label('建设内容及规模'), ...spanning(roomy(project.description, mm(8)), 3)],
      row('政务云部署', CLOUD_DEPLOYMENT_LABELS[project.cloudDeployment], '数据共享', DATA_SHARING_LABELS[project.dataSharing]),
      row('网络安全等级保护', mlpsText(project.mlpsLevel), '商用密码应用', CRYPTO_PLAN_LABELS[project.cryptoPlan]),
      ...(form.addressees.length > 0 ? [row('受理单位', bodyList(form.addressees))] : []),
      ...checklistRows(bundle, form),
      ...(form.opinions.length > 0 ? opinionRows(form, mm(8)) : [opinionRow('审查部门意见', '', '（盖章）', mm(8))]),
    ];
    const note = basisNote(form.basis);
    return [
      ...(form.attachment !== null ? [attachmentMark(form.attachment)] : []),
      ...title(form.title),
      filingLine('申报单位', data.header.office.name, data.header.day),
      grid(body, { widths: [mm(34), '*', mm(30), '*'], fontSize: SIZE.wu }),
      ...(note ? [note] : []),
      signatureBoxes(data.header.office.name, data.header.day, SIZE.wu),
    ];
  },
};
