/**
 * 项目申报表 and the cover of its 项目建议书 (xunyang-2022 第七条: "项目建设使用单位于
 * 每年9月底前须提交下一个年度项目申报表和项目建议书"). The table answers the
 * regulation's planning requirements (the profile's checklists) point by point,
 * each with what the register says; the cover page goes on the 项目建议书. The
 * plain form (other regulations) has the register's rows and the cover only.
 */
import type { Content } from 'pdfmake/interfaces';
import { CLOUD_DEPLOYMENT_LABELS, CRYPTO_PLAN_LABELS, DATA_SHARING_LABELS, PROJECT_SOURCE_LABELS } from '../../../../shared/domain/enums';
import type { FormCheck } from '../../../../shared/domain/forms';
import { basisNote, chineseDate, filingLine, grid, label, mm, note, roomy, signatureBoxes, SIZE, spanning, title, wanYuan, type Cell } from '../layout';
import { bodyList, checklistCaption } from './checks';
import { formRow as row, fundingText, mlpsText } from './common';
import { subjectOf, type FormModule } from './form';

/** What the register already says to a requirement. */
function answer(project: ReturnType<typeof subjectOf>['project'], item: FormCheck): string {
  switch (item.answer) {
    case 'description':
      return project.description;
    case 'sharing':
      return `${DATA_SHARING_LABELS[project.dataSharing]}；${CLOUD_DEPLOYMENT_LABELS[project.cloudDeployment]}`;
    case 'security':
      return `等级保护${mlpsText(project.mlpsLevel)}；${CRYPTO_PLAN_LABELS[project.cryptoPlan]}`;
    case 'investment':
      return `总投资 ${wanYuan(project.totalInvestmentFen)} 万元；运维经费估算：`;
    default:
      return '';
  }
}

function cover(data: Parameters<FormModule['build']>[0]): Content[] {
  const { project } = subjectOf(data);
  return [
    { text: `${project.plannedYear}年度${data.form.heading ?? '政务信息化建设项目'}`, fontSize: SIZE.si, alignment: 'center', margin: [0, mm(30), 0, mm(20)], pageBreak: 'before' },
    { text: '项目建议书', fontSize: 36, bold: true, alignment: 'center', characterSpacing: 8, margin: [0, 0, 0, mm(30)] },
    {
      table: {
        widths: [mm(38), mm(90)],
        body: [
          ['项目名称：', project.name],
          ['建设使用单位：', `${project.unitName}（盖章）`],
          ['项目负责人：', project.contactPerson],
          ['联系电话：', project.contactPhone],
          ['编制日期：', chineseDate(data.header.day)],
        ].map(([caption, text]) => [{ text: caption, alignment: 'right' }, { text: text ?? '' }]),
      },
      layout: {
        hLineWidth: (row: number) => (row === 0 ? 0 : 0.75),
        vLineWidth: () => 0,
        paddingTop: () => mm(3),
        paddingBottom: () => mm(1),
      },
      fontSize: SIZE.san,
      margin: [mm(8), 0, 0, 0],
    } as Content,
  ];
}

export const declarationForm: FormModule = {
  orientation: 'portrait',
  build(data) {
    const { form } = data;
    const { project } = subjectOf(data);
    const body: Cell[][] = [
      row('项目名称', project.name),
      row('建设使用单位', project.unitName),
      row('项目负责人', project.contactPerson, '联系电话', project.contactPhone),
      row('申报年度', `${project.plannedYear}年度`, '项目来源', PROJECT_SOURCE_LABELS[project.source]),
      row('总投资（万元）', wanYuan(project.totalInvestmentFen), '上级转移支付', project.funding.superior > 0 ? `是（${wanYuan(project.funding.superior)} 万元）` : '否'),
      row('资金来源', fundingText(project)),
      ...(form.addressees.length > 0 ? [row('受理单位', bodyList(form.addressees))] : []),
      ...(form.checklists.length === 0 ? [[label('建设内容'), ...spanning(roomy(project.description, mm(20)), 3)] as Cell[]] : []),
      ...form.checklists.flatMap((list): Cell[][] => [
        [label(checklistCaption(list), { bold: true }), ...spanning(label('情况说明', { bold: true }), 3)],
        ...list.items.map((item): Cell[] => [{ text: item.text, fontSize: SIZE.xiaoWu, verticalAlignment: 'middle' } as Cell, ...spanning(roomy(answer(project, item), mm(9)), 3)]),
      ]),
    ];
    const basis = basisNote(form.basis);
    return [
      ...title(form.title),
      filingLine('申报单位', data.header.office.name, data.header.day),
      grid(body, { widths: [mm(40), '*', mm(28), '*'], fontSize: SIZE.wu }),
      ...(basis ? [basis] : []),
      note('附：项目建议书（封面见下页）。'),
      signatureBoxes(data.header.office.name, data.header.day, SIZE.wu),
      ...cover(data),
    ] as Content[];
  },
};
