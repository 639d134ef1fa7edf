/**
 * 竣工验收申请表: the unit asks for acceptance, showing the conditions of
 * laohekou-2024 第二十三条 and the materials of xichuan-2025 第十八条 ("验收材料应
 * 包括项目建设总结、财务报告、审计报告、安全风险评估报告等") as recorded, and the
 * review the office makes of it (chenzhou-2022 第十六条: 政务云资源集约应用、数据信息
 * 资源共享、网络安全).
 */
import { FORM_CATALOGUE } from '../../../../shared/domain/forms';
import { lastEvent } from '../data';
import { basisNote, filingLine, grid, label, mm, opinionRow, signatureBoxes, SIZE, spanning, title, value, wanYuan, type Cell } from '../layout';
import { formRow as row } from './common';
import { acceptanceConditions, materialTicks, milestones } from './acceptance';
import { subjectOf, type FormModule } from './form';

const entry = FORM_CATALOGUE['acceptance-application'];

export const acceptanceApplication: FormModule = {
  entry,
  orientation: 'portrait',
  build(data) {
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
      [label('验收条件'), ...spanning(value(acceptanceConditions(bundle), { fontSize: SIZE.xiaoWu }), 3)],
      [label('验收材料'), ...spanning(value(materialTicks(bundle), { fontSize: SIZE.xiaoWu }), 3)],
      opinionRow('审查部门意见', '政务云资源集约应用、数据信息资源共享、网络安全等情况审查：', '（盖章）', mm(16)),
    ];
    const basis = basisNote(entry.basis);
    return [
      ...title(entry.title),
      filingLine('申请单位', data.header.office.name, data.header.day, '申请日期'),
      grid(body, { widths: [mm(26), '*', mm(28), '*'], fontSize: SIZE.wu }),
      ...(basis ? [basis] : []),
      signatureBoxes(data.header.office.name, data.header.day, SIZE.wu),
    ];
  },
};
