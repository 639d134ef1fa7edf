/**
 * 郴州市本级财政投资类信息化项目申报审批表 (chenzhou-2022 附件2, named by the
 * regulation but not printed in our text). Designed from what the regulation
 * asks at declaration: 第六条 (declared at year end for the next year, to the
 * 领导小组办公室), 第四条 (政务云、数据汇聚、城市大脑、电子政务网), 第八条 (which reviews
 * the amount calls for) and 第九条 (who reviews what), with the register's fields.
 */
import { CLOUD_DEPLOYMENT_LABELS, CRYPTO_PLAN_LABELS, DATA_SHARING_LABELS, PROJECT_KIND_LABELS } from '../../../../shared/domain/enums';
import { FORM_CATALOGUE } from '../../../../shared/domain/forms';
import { attachmentMark, basisNote, filingLine, grid, label, mm, opinionRow, roomy, signatureBoxes, SIZE, spanning, title, wanYuan, type Cell } from '../layout';
import { formRow as row, fundingText, mlpsText, tick } from './common';
import { subjectOf, type FormModule } from './form';

const entry = FORM_CATALOGUE['declaration-approval'];

export const declarationApproval: FormModule = {
  entry,
  orientation: 'portrait',
  build(data) {
    const { project } = subjectOf(data);
    const body: Cell[][] = [
      row('项目名称', project.name),
      row('项目建设单位', project.unitName, '建设性质', PROJECT_KIND_LABELS[project.kind]),
      row('项目责任人', project.contactPerson, '联系电话', project.contactPhone),
      row('申报年度', `${project.plannedYear}年度`, '总投资（万元）', wanYuan(project.totalInvestmentFen)),
      row('资金来源', fundingText(project)),
      [label('建设内容及规模'), ...spanning(roomy(project.description, mm(8)), 3)],
      row('统筹运用政务云', CLOUD_DEPLOYMENT_LABELS[project.cloudDeployment], '数据汇聚共享', DATA_SHARING_LABELS[project.dataSharing]),
      row('城市大脑与政务网', `城市大脑 ${tick(false, '已接入')} ${tick(false, '拟接入')}\u3000电子政务网 ${tick(false, '已联通')} ${tick(false, '拟联通')}`),
      row('网络安全等级保护', mlpsText(project.mlpsLevel), '商用密码应用', CRYPTO_PLAN_LABELS[project.cryptoPlan]),
      row(
        '审批程序（第八条）',
        [tick(false, '未达政府采购限额标准，由项目建设单位自行组织实施'), tick(false, '限额标准以上、立项金额标准以下：技术初审、财政投资评审'), tick(false, '立项金额标准以上：立项、技术初审、财政投资评审')].join('\n'),
      ),
      opinionRow('技术支持组意见', '', '（盖章）', mm(8)),
      opinionRow('资金统筹组意见', '', '（盖章）', mm(8)),
      opinionRow('领导小组办公室意见', '', '（盖章）', mm(8)),
    ];
    const note = basisNote(entry.basis);
    return [
      attachmentMark(2),
      ...title(entry.title),
      filingLine('申报单位', data.header.office.name, data.header.day),
      grid(body, { widths: [mm(34), '*', mm(30), '*'], fontSize: SIZE.wu }),
      ...(note ? [note] : []),
      signatureBoxes(data.header.office.name, data.header.day, SIZE.wu),
    ];
  },
};
